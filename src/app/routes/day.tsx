import { useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { DayPage } from './day-page.tsx';
import { NotFoundRoute } from './not-found.tsx';

export function DayRoute() {
  const day = paths.day.parse(useParams());
  if (!day) return <NotFoundRoute />;
  return <DayPage key={day.date} date={day.date} />;
}
