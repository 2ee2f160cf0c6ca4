import { useState } from 'preact/hooks';

/**
 * Drag-and-drop of files onto an element: whether something is being dragged over it (for the visual
 * cue), and the handlers to spread onto it. The dropped files go to `onFiles`.
 */
export function useFileDrop(onFiles: (files: FileList | undefined) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer?.files);
      },
    },
  };
}
