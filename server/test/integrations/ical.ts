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
  description: string;
  sequence: number;
  /** DTSTAMP, CREATED, LAST-MODIFIED: the instant and whether ical.js read it as UTC (not floating) */
  stamps: Record<'dtstamp' | 'created' | 'lastModified', { utc: boolean; at: string } | null>;
  organizer: CalendarAddress | null;
  attendees: (CalendarAddress & { partstat: string | null; rsvp: string | null })[];
}

export interface CalendarAddress {
  /** the calendar user's URI, e.g. mailto:ada@example.org */
  uri: string;
  cn: string | null;
}

const stamp = (vevent: ICAL.Component, name: string) => {
  const t = vevent.getFirstPropertyValue(name) as ICAL.Time | null;
  return t ? { utc: t.zone === ICAL.Timezone.utcTimezone, at: t.toJSDate().toISOString() } : null;
};
const address = (p: ICAL.Property) => ({
  uri: String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:'), // the scheme is case-insensitive
  cn: (p.getParameter('cn') as string | undefined) ?? null,
});

export interface ParsedCalendar {
  method: string | null;
  timezones: string[];
  events: ParsedEvent[];
  /** the names of every calendar-level property, e.g. ['version', 'prodid', 'method', …] */
  properties: string[];
}

export function parseCalendar(text: string): ParsedCalendar {
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
      description: ev.description,
      sequence: ev.sequence,
      stamps: {
        dtstamp: stamp(vevent, 'dtstamp'),
        created: stamp(vevent, 'created'),
        lastModified: stamp(vevent, 'last-modified'),
      },
      organizer: vevent.getFirstProperty('organizer') ? address(vevent.getFirstProperty('organizer')!) : null,
      attendees: vevent.getAllProperties('attendee').map((p) => ({
        ...address(p),
        partstat: (p.getParameter('partstat') as string | undefined) ?? null,
        rsvp: (p.getParameter('rsvp') as string | undefined) ?? null,
      })),
    };
  });
  return {
    method: (cal.getFirstPropertyValue('method') as string | null) ?? null,
    timezones,
    events,
    properties: cal.getAllProperties().map((p) => p.name),
  };
}
