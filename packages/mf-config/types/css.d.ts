// How the MFEs' CSS imports look to TypeScript (see src/rules.ts): CSS Modules export their class names,
// plain stylesheets are imported for their side effect.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
declare module '*.css';
