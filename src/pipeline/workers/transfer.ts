/** The buffers `arrays` are the whole of, once each: what a message can hand over instead of copying. */
export function ownBuffers(arrays: Iterable<ArrayBufferView | undefined>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    if (
      array?.buffer instanceof ArrayBuffer &&
      array.byteOffset === 0 &&
      array.byteLength === array.buffer.byteLength
    ) {
      buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
