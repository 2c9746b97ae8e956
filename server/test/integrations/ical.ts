/** Reads iCalendar text with ical.js, an independent parser, into plain facts for assertions. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  tzid: string | null;
  /** DTSTART as written (local wall time in its zone), e.g. 2027-10-21T09:00:00 */
  localStart: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  status: string | null;
}

export function parseCalendar(text: string): { method: string | null; timezones: string[]; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const timezones = cal.getAllSubcomponents('vtimezone').map((vtz) => {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz, tz.tzid);
    return tz.tzid;
  });
  const events = cal.getAllSubcomponents('vevent').map((vevent) => {
    const ev = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    return {
      uid: ev.uid,
      tzid: (dtstart.getParameter('tzid') as string | undefined) ?? null,
      localStart: ev.startDate.toString(),
      start: ev.startDate.toJSDate(),
      end: ev.endDate.toJSDate(),
      summary: ev.summary,
      location: ev.location,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    };
  });
  return { method: (cal.getFirstPropertyValue('method') as string | null) ?? null, timezones, events };
}
