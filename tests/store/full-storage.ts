import { MemoryStorage } from '../../src/store/slot';

/** Storage with no room left: it reads and removes, but every write fails as a full quota does. */
export class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('quota exceeded', 'QuotaExceededError');
  }
}
