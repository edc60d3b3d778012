import type { Page } from '@playwright/test';

/**
 * Keystroke-to-frame latency measured inside the page: from the keydown event's own
 * time stamp (so time spent waiting behind other work counts) to just after the next
 * frame, i.e. after Lexical's update, React, style, layout and paint.
 */
export async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { qmsLatency: number[] }).qmsLatency = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        performance.mark('qms-keydown');
        requestAnimationFrame(() => {
          // A message runs after the frame that the rAF callback belongs to is produced.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            samples.push(performance.now() - start);
            performance.measure('qms-keystroke', 'qms-keydown');
          };
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
}

/** Types `count` characters one at a time, each after the previous one's frame, and returns the latencies in ms. */
export async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    (window as unknown as { qmsLatency: number[] }).qmsLatency.length = 0;
  });
  const text = 'the quality manager types a sentence into the procedure ';
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : (text[i % text.length] as string));
    await page.waitForFunction((n) => (window as unknown as { qmsLatency: number[] }).qmsLatency.length >= n, i + 1, {
      polling: 'raf',
    });
  }
  return page.evaluate(() => [...(window as unknown as { qmsLatency: number[] }).qmsLatency]);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
