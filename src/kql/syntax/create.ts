/**
 * The single constructor for syntax records: freezes them so no pass can mutate a tree
 * another pass (or a cached plan) still holds.
 */
export function create<const T extends { readonly kind: string }>(node: T): T {
  return Object.freeze(node);
}
