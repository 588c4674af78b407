// The folder the guide is served from, without its last slash: `''` at a site's root,
// `'/guide'` for `make dist BASE=/guide/`. Every address the build writes starts with it.
const given = (process.env.BASE ?? '').replace(/\/+$/, '');
if (given && !/^\/[A-Za-z0-9._~\/-]*$/.test(given)) {
  throw new Error(`BASE=${process.env.BASE}: a folder from the site's root, such as /guide/`);
}
export const base = given;
