import { useParams } from 'react-router';
import { DayPage } from './day-page.tsx';

export function DayRoute() {
  const { date = '' } = useParams();
  return <DayPage key={date} date={date} />;
}
