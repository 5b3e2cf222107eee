/**
 * Expands the plain part of the Adaptive Card templating language without the templating library: a whole
 * string `${name}` (a string, number or boolean of the current data), `$data: "${name}"` repeating an element of an
 * array for each item of a list of objects (each item is then the data of that element), and `$when: "${flag}"` or
 * `$when: "${name != ''}"` on an element of an array. Anything else — a missing name, text around an expression,
 * another expression, `$when` and `$data` on one element, `$when` outside an array — is declined (undefined), and
 * the caller uses the library. Where it answers, it answers what the library does (test/cards/simple-expand.test.ts
 * compares both on every card sample), at a fraction of the cost: the receipt of a 13 KB report took ~0.12 ms to
 * expand through the library's expression engine, the largest part of a submission's card.
 */
const WHOLE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const NOT_EMPTY = /^\$\{([A-Za-z_][A-Za-z0-9_]*) != ''\}$/;

/** Thrown inside the walk when the template leaves the subset; never escapes `expandSimple`. */
class Declined extends Error {}
const DECLINED = new Declined('outside the simple subset');

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The card `template` bound to `data`, or undefined when the template needs the templating library. */
export function expandSimple(template: unknown, data: Data): unknown {
  try {
    return value(template, data);
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

function lookup(scope: Data, name: string): string | number | boolean {
  if (!Object.hasOwn(scope, name)) throw DECLINED;
  const found = scope[name];
  if (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean') return found;
  throw DECLINED;
}

function value(node: unknown, scope: Data): unknown {
  if (typeof node === 'string') {
    if (!node.includes('${')) return node;
    const whole = WHOLE.exec(node);
    if (!whole) throw DECLINED;
    return lookup(scope, whole[1]!);
  }
  if (Array.isArray(node)) return list(node, scope);
  if (isData(node)) return object(node, scope);
  return node;
}

function object(node: Data, scope: Data): Data {
  const out: Data = {};
  for (const [key, child] of Object.entries(node)) {
    // `$schema` is data; `$data`, `$when` and the rest are templating, handled only on elements of an array.
    if (key.startsWith('$') && key !== '$schema') throw DECLINED;
    out[key] = value(child, scope);
  }
  return out;
}

function holds(condition: unknown, scope: Data): boolean {
  if (typeof condition !== 'string') throw DECLINED;
  const flag = WHOLE.exec(condition);
  if (flag) {
    const v = lookup(scope, flag[1]!);
    if (typeof v !== 'boolean') throw DECLINED;
    return v;
  }
  const notEmpty = NOT_EMPTY.exec(condition);
  if (notEmpty) {
    const v = lookup(scope, notEmpty[1]!);
    if (typeof v !== 'string') throw DECLINED;
    return v !== '';
  }
  throw DECLINED;
}

function items(binding: unknown, scope: Data): Data[] {
  const name = typeof binding === 'string' ? WHOLE.exec(binding)?.[1] : undefined;
  if (!name || !Object.hasOwn(scope, name)) throw DECLINED;
  const found = scope[name];
  if (!Array.isArray(found) || !found.every(isData)) throw DECLINED;
  return found;
}

function list(nodes: unknown[], scope: Data): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if (!isData(node) || (!('$data' in node) && !('$when' in node))) {
      out.push(value(node, scope));
      continue;
    }
    const { $data: binding, $when: condition, ...element } = node;
    if (binding !== undefined && condition !== undefined) throw DECLINED;
    if (binding !== undefined) for (const item of items(binding, scope)) out.push(object(element, item));
    else if (holds(condition, scope)) out.push(object(element, scope));
  }
  return out;
}
