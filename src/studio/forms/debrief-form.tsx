import { fieldId, listAt, objectAt } from './draft-doc';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { LocalTextField, NumberField, StringField } from './text-fields';

const QUESTIONS = ['debriefQuestions'] as const;

/**
 * After the run: the debrief's questions for the room, the class key that starts the class codes, and
 * the rubric an LMS scores by (a score per ending and the passing score; without it, the tone decides).
 */
export function DebriefForm(props: { c: FormContext }) {
  const { c } = props;
  const { f, w, declared } = c;
  const questions = listAt(c.doc.debriefQuestions);
  const rubric = objectAt(c.doc.rubric);
  const scores = objectAt(rubric.endings);
  return (
    <>
      <fieldset class="form-group" id={fieldId(QUESTIONS)}>
        <legend>{f.debriefQuestions}</legend>
        {questions.map((question, i) => (
          <div class="form-item" key={i}>
            <LocalTextField
              path={[...QUESTIONS, i]}
              label={f.questionNamed(i + 1)}
              value={question}
              w={w}
              f={f}
            />
            <ItemActions
              path={QUESTIONS}
              index={i}
              count={questions.length}
              value={question}
              name={f.questionNamed(i + 1)}
              c={c}
            />
          </div>
        ))}
        <button
          type="button"
          disabled={questions.length >= 16}
          onClick={() => {
            const question = { ko: '토론할 질문을 적으세요.', en: 'Write a question to discuss.' };
            if (questions.length === 0) w.set(QUESTIONS, [question]);
            else w.insert(QUESTIONS, questions.length, question);
          }}
        >
          {f.addQuestion}
        </button>
      </fieldset>
      <fieldset class="form-group" id={fieldId(['rubric'])}>
        <legend>{f.rubric}</legend>
        {c.doc.rubric === undefined ? (
          <button
            type="button"
            onClick={() =>
              w.set(['rubric'], {
                endings: Object.fromEntries(declared.endings.map((id) => [id, 50])),
                passingScore: 50,
              })
            }
          >
            {f.addRubric}
          </button>
        ) : (
          <>
            <div class="form-row">
              {declared.endings.map((id) => (
                <NumberField
                  key={id}
                  path={['rubric', 'endings', id]}
                  label={f.scoreOf(id)}
                  value={scores[id]}
                  w={w}
                  optional
                  integer
                  min={0}
                  max={100}
                />
              ))}
              <NumberField
                path={['rubric', 'passingScore']}
                label={f.passingScore}
                value={rubric.passingScore}
                w={w}
                integer
                min={0}
                max={100}
              />
            </div>
            <button type="button" class="danger" onClick={() => w.set(['rubric'], undefined)}>
              {f.removeRubric}
            </button>
          </>
        )}
      </fieldset>
      <StringField
        path={['classKey']}
        label={f.classKey}
        value={c.doc.classKey}
        w={w}
        optional
        hint={f.classKeyHint}
      />
    </>
  );
}
