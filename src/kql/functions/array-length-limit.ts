/**
 * The most elements a dynamic array the engine builds may hold: Kusto's cap on range() (range-function.md) and
 * on make_list/make_set (make-list-aggregation-function.md). Every function whose output length comes from an
 * argument is held to it, so a hostile or mistyped count cannot ask for billions of elements.
 */
export const MAX_ARRAY_LENGTH = 1_048_576;
