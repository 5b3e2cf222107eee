import type { z } from 'zod';

/** A type with the open index signatures of loose zod objects removed, all the way down (records keep theirs). */
type Closed<X> = X extends readonly (infer E)[]
  ? Closed<E>[]
  : X extends object
    ? { [K in keyof X as string extends K ? (unknown extends X[K] ? never : K) : K]: Closed<X[K]> }
    : X;

/** True when A and B are the same type (field names, optionality, field types). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends (<G>() => G extends B ? 1 : 2) ? true : false;

/** True when what the schema accepts is exactly the TS type T, ignoring the extra fields a loose object keeps. */
export type SchemaAgrees<S extends z.ZodType, T> = Same<Closed<z.output<S>>, Closed<T>>;

/**
 * The schema typed as the domain's own type, once the compiler has checked that the two describe the same
 * documents: a field added to the type and not to the schema (or typed differently) fails `npm run typecheck`
 * here, so a domain type and its stored shape cannot drift apart.
 */
export function schemaOf<T>() {
  return <S extends z.ZodType>(schema: S & (SchemaAgrees<S, T> extends true ? unknown : { 'the schema does not agree with the type': never })): z.ZodType<T> =>
    schema as unknown as z.ZodType<T>;
}
