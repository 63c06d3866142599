// Typed per-plugin state for one Tiltfile load.
//
// Each plugin declares the slots it owns; builtins change state only through their own
// slot, and assembly reads the slots after execution. A slot's initial value is made
// fresh for every load.

export interface StateSlot<T> {
  readonly name: string;
  readonly init: () => T;
}

export function stateSlot<T>(name: string, init: () => T): StateSlot<T> {
  return { name, init };
}

/** The slots of one load, created on first use. */
export class StateStore {
  private readonly values = new Map<StateSlot<unknown>, unknown>();

  get<T>(slot: StateSlot<T>): T {
    let v = this.values.get(slot as StateSlot<unknown>);
    if (v === undefined && !this.values.has(slot as StateSlot<unknown>)) {
      v = slot.init();
      this.values.set(slot as StateSlot<unknown>, v);
    }
    return v as T;
  }
}
