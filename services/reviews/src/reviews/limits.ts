/** How long a review's title and body may be: the API schema and the seed file check the same limits. */
export const reviewLimits = { title: 120, body: 4000 } as const;
