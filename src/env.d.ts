// Lets plain .ts modules import .astro components (Astro's own checker types them in .astro files).
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
