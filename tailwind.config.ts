import type { Config } from 'tailwindcss';

// Colours chosen for contrast of at least 4.5:1 on white (WCAG 2.2 AA), in the spirit of NHS.UK.
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#005eb8', dark: '#003087' },
        ink: { DEFAULT: '#212b32', muted: '#4c6272' },
        focus: '#ffeb3b',
        warn: { DEFAULT: '#d5281b', bg: '#fff4f2' },
        pale: '#f0f4f5',
        line: '#d8dde0',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'Arial', 'sans-serif'],
      },
      maxWidth: { prose: '42rem' },
    },
  },
} satisfies Config;
