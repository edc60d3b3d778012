import { useSyncExternalStore } from 'react';
import type { SaveState, SaveStateSource } from './save-controller';

const NOTHING_OPEN: SaveState = { kind: 'saved', at: null };
const noSubscription = () => () => undefined;

/**
 * The save state of the open document, for the components that show it. Each subscribes
 * on its own, so a change of state re-renders them and nothing else.
 */
export function useSaveState(controller: SaveStateSource | null): SaveState {
  return useSyncExternalStore(
    controller ? (listener) => controller.subscribe(listener) : noSubscription,
    () => controller?.current ?? NOTHING_OPEN,
  );
}
