import Link from 'next/link';
import { SECTIONS } from '@/components/layout/nav-items';
import { getContent } from '@/lib/content';

export default function HomePage() {
  const featured = getContent().articles.slice(0, 4);
  return (
    <>
      <h1 className="max-w-prose text-3xl font-bold leading-tight sm:text-4xl">
        Thinking about a second opinion?
      </h1>
      <div className="mt-4 max-w-prose space-y-4 text-xl">
        <p>
          A second opinion is when another doctor looks at your diagnosis or treatment plan. You can ask for
          one, and you can also go ahead with the plan you have. Both can be good choices.
        </p>
        <p>
          This free guide helps you decide, get ready, and make sense of what the doctors say. It works the
          same if you are asking for your child or someone you care for.
        </p>
        <p>
          It is written for people in the United States.{' '}
          <Link href="/about#if-you-live-outside-the-us">What is different outside the US</Link>.
        </p>
      </div>

      <h2 className="mt-10 text-2xl font-bold">Where do you want to start?</h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded border-2 border-line p-5">
            <h3 className="text-xl font-bold">
              <Link href={section.href}>{section.label}</Link>
            </h3>
            <p className="mt-2">{section.blurb}</p>
          </li>
        ))}
      </ul>

      <section
        aria-labelledby="private"
        className="mt-10 max-w-prose rounded border-l-8 border-brand bg-pale p-5"
      >
        <h2 id="private" className="text-xl font-bold">
          Private by design
        </h2>
        <p className="mt-2">
          There is no account and no tracking. What you type stays on this device.{' '}
          <Link href="/privacy">Read how we protect your privacy</Link>.
        </p>
      </section>

      <h2 className="mt-10 text-2xl font-bold">Articles to start with</h2>
      <ul className="mt-4 max-w-prose list-disc space-y-2 pl-6">
        {featured.map((article) => (
          <li key={article.slug}>
            <Link href={`/learn/${article.slug}`}>{article.title}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href="/learn">See all articles</Link>
      </p>
    </>
  );
}
