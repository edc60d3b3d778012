import type { Page } from '@playwright/test';

/** Per keystroke, in ms: to the start of the next frame, and to just after that frame was produced. */
export interface KeystrokeLatencies {
  frame: number[];
  painted: number[];
}

interface Probe {
  frame: number[];
  painted: number[];
}

/**
 * Keystroke latency measured inside the page, from the keydown event's own time stamp (so
 * time spent waiting behind other work counts): to the next requestAnimationFrame callback
 * (the frame that shows the key; Lexical's update and React have run by then), and to a
 * message posted from that callback, which runs once the frame's style, layout and paint
 * are done.
 */
export async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { frame: [], painted: [] };
    (window as unknown as { qmsLatency: Probe }).qmsLatency = probe;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        performance.mark('qms-keydown');
        requestAnimationFrame(() => {
          probe.frame.push(performance.now() - start);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            probe.painted.push(performance.now() - start);
            performance.measure('qms-keystroke', 'qms-keydown');
          };
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
}

/**
 * Types `count` characters one at a time and returns their latencies. Each key waits for the
 * previous one's frame, then a pause of a few ms that varies, so keys land at every point of
 * the frame as a typist's do (keys sent right after a frame would each wait a whole frame).
 */
export async function typeAndMeasure(page: Page, count: number): Promise<KeystrokeLatencies> {
  await page.evaluate(() => {
    const probe = (window as unknown as { qmsLatency: Probe }).qmsLatency;
    probe.frame.length = 0;
    probe.painted.length = 0;
  });
  const text = 'the quality manager types a sentence into the procedure ';
  for (let i = 0; i < count; i += 1) {
    const char = text[i % text.length] as string;
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    await page.waitForFunction((n) => (window as unknown as { qmsLatency: Probe }).qmsLatency.painted.length >= n, i + 1, {
      polling: 4,
    });
    await page.waitForTimeout((i * 7) % 17);
  }
  return page.evaluate(() => {
    const probe = (window as unknown as { qmsLatency: Probe }).qmsLatency;
    return { frame: [...probe.frame], painted: [...probe.painted] };
  });
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
