// `name:kind:namespace` strings (reference §3.2, §3.4): components joined by `:`, with
// `\:` escaping a colon and `\\` a backslash inside a component. Used both for generated
// resource names and for k8s_resource(objects=[...]) selectors.

export class SelectorSyntaxError extends Error {}

export function escapeComponent(s: string): string {
  return s.replace(/[\\:]/g, (c) => `\\${c}`);
}

export function joinEscaped(parts: string[]): string {
  return parts.map(escapeComponent).join(':');
}

/**
 * Splits on unescaped colons and unescapes the parts. A bad escape is quoted with the
 * two characters after it, as Tilt does (`qu\u:b` for `qu\u:bar`).
 */
export function splitEscaped(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const next = s[i + 1];
      if (next !== ':' && next !== '\\') {
        const seq = next === undefined ? '\\' : `\\${next}`;
        throw new SelectorSyntaxError(`invalid escape sequence '${seq}' in '${s.slice(0, Math.min(s.length, i + 4))}'`);
      }
      cur += next;
      i++;
      continue;
    }
    if (c === ':') {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}
