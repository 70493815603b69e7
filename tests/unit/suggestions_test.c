/* suggestions_test.c: the edit distance behind "Did you mean" hints:
 * moves cost 2, case changes 1, early exit above the budget. */
#include <criterion/criterion.h>
#include <string.h>
#include "suggestions.h"

static size_t dist(const char *a, const char *b, size_t max) {
    return suggestion_distance(a, strlen(a), b, strlen(b), max);
}

Test(suggestions, equal_strings_cost_nothing) {
    cr_expect_eq(dist("upper", "upper", 10), 0);
}

Test(suggestions, a_case_change_costs_one) {
    cr_expect_eq(dist("Upper", "upper", 10), 1);
    cr_expect_eq(dist("UPPER", "upper", 10), 5);
}

Test(suggestions, insert_delete_and_replace_cost_two) {
    cr_expect_eq(dist("sqr", "sqrt", 10), 2);
    cr_expect_eq(dist("totl", "total", 10), 2);
    cr_expect_eq(dist("cat", "cut", 10), 2);
    cr_expect_eq(dist("abc", "", 10), 6);
}

Test(suggestions, over_budget_answers_budget_plus_one) {
    cr_expect_eq(dist("abcdef", "uvwxyz", 3), 4);
    cr_expect_eq(dist("a", "abcdefgh", 4), 14);     /* affixes trimmed: 7 moves */
}

Test(suggestions, names_longer_than_forty_never_match) {
    char a[50], b[50];
    memset(a, 'a', 45); a[45] = '\0';
    memset(b, 'b', 45); b[45] = '\0';
    a[0] = 'x'; b[0] = 'y';
    cr_expect_eq(dist(a, b, 5), 6);
}
