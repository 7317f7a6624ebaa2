import { OldGuidePage, movedPageMetadata, oldQuestionParams } from '@/components/pages/moved-guide-page';

// Questions had an address each before the wizard moved into one page; old links land on the same question.
export const dynamicParams = false;
export const generateStaticParams = oldQuestionParams;
export const metadata = movedPageMetadata('es');

export default async function Page({ params }: PageProps<'/es/guide/[perspective]/[question]'>) {
  const { perspective, question } = await params;
  return <OldGuidePage locale="es" fragment={`${perspective}/${question}`} to="question" />;
}
