import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../src/build/scorm-manifest';

describe('scormManifest', () => {
  const xml = scormManifest({
    identifier: 'lab doors 1.0',
    title: 'Lab Doors · <연구실> & "문"',
    href: 'index.html',
    files: ['index.html', 'assets/b.js', 'assets/a.css'],
  });

  it('declares SCORM 1.2 and its schemas', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('adlcp_rootv1p2.xsd');
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  });

  it('has one item launching one SCO that lists every file, sorted', () => {
    expect(xml.match(/<item /g)).toHaveLength(1);
    expect(xml.match(/<resource /g)).toHaveLength(1);
    expect(xml).toContain('identifierref="lab_doors_1.0-sco"');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    const files = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(files).toEqual(['assets/a.css', 'assets/b.js', 'index.html']);
  });

  it('escapes the title and makes the identifier an XML id', () => {
    expect(xml).toContain('<title>Lab Doors · &lt;연구실&gt; &amp; &quot;문&quot;</title>');
    expect(xml).toContain('<manifest identifier="lab_doors_1.0"');
  });
});
