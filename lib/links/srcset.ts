/**
 * The addresses in a `srcset` ("a.png 1x, b.png 2x" or "small.jpg 480w, large.jpg 800w"), following
 * the HTML standard's parser closely enough for addresses: a candidate's URL runs to the next
 * white space, and a comma ends a candidate only after its URL (URLs may contain commas).
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < srcset.length) {
    // Skip white space and stray commas before a candidate.
    while (at < srcset.length && /[\s,]/.test(srcset[at] ?? "")) at += 1;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset[end] ?? "")) end += 1;
    let url = srcset.slice(at, end);
    // A URL that ends in commas, as in "a.png,b.png 2x", loses them: they separate candidates.
    const trimmed = url.replace(/,+$/, "");
    const endedCandidate = trimmed.length < url.length;
    url = trimmed;
    if (url) urls.push(url);
    at = end;
    if (!endedCandidate) {
      // The descriptors ("2x", "480w") run to the next comma outside parentheses.
      let depth = 0;
      while (at < srcset.length) {
        const char = srcset[at];
        if (char === "(") depth += 1;
        else if (char === ")") depth = Math.max(0, depth - 1);
        else if (char === "," && depth === 0) break;
        at += 1;
      }
    }
  }
  return urls;
}
