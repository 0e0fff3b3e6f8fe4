export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    throw new Error(
      `layering violation: "${specifier}" imported from ${context.parentURL ?? 'the entry point'}`,
    );
  }
  return nextResolve(specifier, context);
}
