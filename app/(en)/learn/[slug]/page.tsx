import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/article-page';

export const dynamicParams = false;
export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>) {
  return articleMetadata('en', (await params).slug);
}

export default async function Page({ params }: PageProps<'/learn/[slug]'>) {
  return <ArticlePage locale="en" slug={(await params).slug} />;
}
