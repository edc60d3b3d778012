/** One step of an edit script from sequence `a` to sequence `b`. */
export type DiffStep = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/** Beyond this many differences a longest common subsequence is not worth its cost: the middle is replaced whole. */
const DEFAULT_MAX_EDITS = 2000;

/**
 * The shortest edit script from `a` to `b` (so its equal steps are a longest common
 * subsequence), by Myers' O(ND) algorithm: fast when the two differ little, which is
 * what a draft and its approved revision usually do. The common head and tail are
 * matched first; when more than `maxEdits` differences remain, the rest is reported
 * as deleted then inserted rather than searched further.
 */
export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = DEFAULT_MAX_EDITS): DiffStep[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;

  const steps: DiffStep[] = [];
  for (let i = 0; i < head; i += 1) steps.push({ op: 'equal', a: i, b: i });
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxEdits);
  for (const step of middle) {
    if (step.op === 'equal') steps.push({ op: 'equal', a: step.a + head, b: step.b + head });
    else if (step.op === 'delete') steps.push({ op: 'delete', a: step.a + head });
    else steps.push({ op: 'insert', b: step.b + head });
  }
  for (let i = tail; i > 0; i -= 1) steps.push({ op: 'equal', a: a.length - i, b: b.length - i });
  return steps;
}

function myers(a: readonly string[], b: readonly string[], maxEdits: number): DiffStep[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return replaceWhole(n, m);
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds the furthest x on each diagonal -d..d before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d += 1) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return replaceWhole(n, m);
}

function backtrack(trace: readonly Int32Array[], last: number, n: number, m: number): DiffStep[] {
  const steps: DiffStep[] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d -= 1) {
    const before = trace[d] as Int32Array;
    const at = (k: number) => before[k + d] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      steps.push({ op: 'equal', a: x, b: y });
    }
    if (down) steps.push({ op: 'insert', b: prevY });
    else steps.push({ op: 'delete', a: prevX });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    steps.push({ op: 'equal', a: x, b: y });
  }
  return steps.reverse();
}

function replaceWhole(n: number, m: number): DiffStep[] {
  const steps: DiffStep[] = [];
  for (let a = 0; a < n; a += 1) steps.push({ op: 'delete', a });
  for (let b = 0; b < m; b += 1) steps.push({ op: 'insert', b });
  return steps;
}
