export const communicationsKeys = {
  all: ['communications'] as const,
};
