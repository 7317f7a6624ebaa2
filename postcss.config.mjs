import path from 'node:path';

// Turbopack also runs this plugin once without a file name; Tailwind then resolves paths from
// `base`. Pointing it at app/ (where globals.css lives) lets `@config '../tailwind.config.ts'`
// resolve on both runs instead of logging "Can't resolve" during the build.
const config = {
  plugins: { '@tailwindcss/postcss': { base: path.join(process.cwd(), 'app') } },
};

export default config;
