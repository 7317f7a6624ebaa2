import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/article-page';

export const dynamicParams = false;
export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: PageProps<'/es/learn/[slug]'>) {
  return articleMetadata('es', (await params).slug);
}

export default async function Page({ params }: PageProps<'/es/learn/[slug]'>) {
  return <ArticlePage locale="es" slug={(await params).slug} />;
}
