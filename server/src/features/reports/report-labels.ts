/**
 * What people read in the exported files (wide CSV, xlsx): column titles, sheet names and the
 * definitions of every figure, in German and English. The wording follows the report screens
 * (web/src/locales, `reports.kpi`) so that a file and the screen say the same thing.
 */
import type { EVENT_FIGURES, EventKind, UserGroup } from '@popdesk/shared';

export type ReportLocale = 'de' | 'en';

/** The figures of one space-month, in the order the files print them. */
export const FIGURE_COLUMNS = [
  'openDays',
  'availableDeskHours',
  'bookedDeskHours',
  'occupiedDeskHours',
  'utilisation',
  'occupancy',
  'bookings',
  'cancellations',
  'noShows',
  'uniqueUsers',
  'newUsers',
  'guestBookings',
  'peakConcurrentDesks',
  'turnedAway',
  'turnedAwayAttempts',
  'waitlistEntries',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export const HOUR_COLUMNS: readonly FigureColumn[] = ['availableDeskHours', 'bookedDeskHours', 'occupiedDeskHours'];
export const PERCENT_COLUMNS: readonly FigureColumn[] = ['utilisation', 'occupancy'];

/** The event figures, printed after the others (EVENT_FIGURES); `deskHours` are hours. */
export type EventColumn = (typeof EVENT_FIGURES)[number];

interface Labels {
  space: string;
  town: string;
  month: string;
  figures: Record<FigureColumn, string>;
  total: string;
  allSpaces: string;
  events: Record<EventColumn, string>;
  sheets: {
    months: string;
    season: string;
    weekday: string;
    hour: string;
    group: string;
    events: string;
    eventGroups: string;
    rooms: string;
    definitions: string;
  };
  weekday: string;
  weekdays: readonly string[];
  hour: string;
  group: string;
  groups: Record<UserGroup | 'other', string>;
  users: string;
  bookings: string;
  available: string;
  booked: string;
  occupied: string;
  kind: string;
  kinds: Record<EventKind, string>;
  attendanceRate: string;
  people: string;
  registrations: string;
  attended: string;
  room: string;
  seats: string;
  roomAvailable: string;
  roomBooked: string;
  roomEvents: string;
  roomUse: string;
  term: string;
  definition: string;
  definitions: readonly [string, string][];
}

const de: Labels = {
  space: 'Space',
  town: 'Ort',
  month: 'Monat',
  figures: {
    openDays: 'Öffnungstage',
    availableDeskHours: 'Verfügbare Tischstunden',
    bookedDeskHours: 'Gebuchte Tischstunden',
    occupiedDeskHours: 'Genutzte Tischstunden',
    utilisation: 'Auslastung',
    occupancy: 'Belegung (eingecheckt)',
    bookings: 'Buchungen',
    cancellations: 'Stornierungen',
    noShows: 'Nicht erschienen',
    uniqueUsers: 'Personen',
    newUsers: 'Neue Personen',
    guestBookings: 'Buchungen von Gästen',
    peakConcurrentDesks: 'Höchstbelegung (Tische)',
    turnedAway: 'Abgewiesen',
    turnedAwayAttempts: 'Abgewiesene Buchungsversuche',
    waitlistEntries: 'Wartelisteneinträge',
  },
  events: {
    held: 'Veranstaltungen',
    capacity: 'Veranstaltungsplätze',
    registered: 'Veranstaltungen: angemeldet',
    attended: 'Veranstaltungen: teilgenommen',
    waitlisted: 'Veranstaltungen: Warteliste',
    deskHours: 'Tischstunden durch Veranstaltungen',
    noShows: 'Veranstaltungen: nicht erschienen',
  },
  total: 'Gesamt',
  allSpaces: 'Alle Spaces',
  sheets: {
    months: 'Monate',
    season: 'Saison',
    weekday: 'Nach Wochentag',
    hour: 'Nach Uhrzeit',
    group: 'Nach Gruppe',
    events: 'Veranstaltungen',
    eventGroups: 'Veranstaltungen nach Gruppe',
    rooms: 'Räume',
    definitions: 'Definitionen',
  },
  weekday: 'Wochentag',
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  hour: 'Uhrzeit',
  group: 'Gruppe',
  groups: {
    commuter: 'Pendler*in',
    freelancer: 'Selbstständig / freiberuflich',
    employee_remote: 'Angestellt im Homeoffice',
    municipal_staff: 'Verwaltung / Gemeinde',
    student: 'Studium / Ausbildung',
    volunteer: 'Ehrenamt',
    other: 'Sonstiges / keine Angabe',
  },
  users: 'Personen',
  bookings: 'Buchungen',
  available: 'Verfügbar (Std.)',
  booked: 'Gebucht (Std.)',
  occupied: 'Genutzt (Std.)',
  kind: 'Art',
  kinds: { workshop: 'Workshop', trial_day: 'Schnuppertag', meeting: 'Treffen', other: 'Sonstiges' },
  attendanceRate: 'Teilnahmequote',
  people: 'Personen',
  registrations: 'Anmeldungen',
  attended: 'Teilgenommen',
  room: 'Raum / Tisch',
  seats: 'Sitzplätze',
  roomAvailable: 'Verfügbar (Std.)',
  roomBooked: 'Gebucht (Std.)',
  roomEvents: 'Veranstaltungen (Std.)',
  roomUse: 'Belegt (gebucht + Veranstaltungen)',
  term: 'Kennzahl',
  definition: 'Bedeutung',
  definitions: [
    [
      'Allgemein',
      'Alle Tage, Monate und Uhrzeiten in der Zeitzone des Space. Stunden sind tatsächlich vergangene Stunden (Sommerzeit eingerechnet: der letzte Sonntag im März hat 23, der im Oktober 25 Stunden). Eine Buchung zählt, wenn sie bestätigt oder eingecheckt ist. Die Berichte enthalten keine Namen oder andere personenbezogene Daten.',
    ],
    [
      'Öffnungstage',
      'Tage des Monats innerhalb der Laufzeit des Space, ohne Schließtage, mit Öffnungszeiten an diesem Wochentag.',
    ],
    [
      'Verfügbare Tischstunden',
      'Summe über alle Öffnungstage und ihre Öffnungszeiten: Länge in Stunden × an diesem Tag aktive Tische.',
    ],
    [
      'Gebuchte Tischstunden',
      'Summe über alle zählenden Buchungen: der Teil, der im Monat und innerhalb der Öffnungszeiten liegt.',
    ],
    ['Genutzte Tischstunden', 'Dasselbe nur für eingecheckte Buchungen.'],
    ['Auslastung', 'Gebuchte ÷ verfügbare Tischstunden (0, wenn nichts verfügbar war).'],
    ['Belegung (eingecheckt)', 'Genutzte ÷ verfügbare Tischstunden (0, wenn nichts verfügbar war).'],
    ['Buchungen', 'Zählende Buchungen, die im Monat beginnen (einschließlich Gästen).'],
    ['Stornierungen', 'Stornierte Buchungen, die im Monat beginnen.'],
    ['Nicht erschienen', 'Buchungen, die im Monat beginnen und ohne Check-in freigegeben wurden.'],
    [
      'Personen',
      'Verschiedene Konten (ohne Gäste) mit einer zählenden Buchung, die im Monat beginnt. In der Summe einer Saison oder mehrerer Spaces zählt jede Person einmal.',
    ],
    ['Neue Personen', 'Davon diejenigen, deren erste zählende Buchung in diesem Space im Monat beginnt.'],
    ['Buchungen von Gästen', 'Zählende Buchungen ohne Konto (vom Personal eingetragen), Teil der Buchungen.'],
    [
      'Höchstbelegung (Tische)',
      'Die meisten zählenden Buchungen des Space, die sich in einem Augenblick des Monats überschneiden; für mehrere Spaces oder Monate der höchste Wert.',
    ],
    ['Abgewiesen', 'Abgewiesene Buchungsversuche plus Wartelisteneinträge.'],
    [
      'Abgewiesene Buchungsversuche',
      'Buchungsversuche für den Monat, die abgelehnt wurden, weil der Tisch oder Space belegt war.',
    ],
    ['Wartelisteneinträge', 'Einträge auf der Warteliste für Tage des Monats, einer je Person und Tag.'],
    [
      'Tische und Räume',
      'Alle Tischstunden, Buchungen, Personen und Abweisungen zählen nur Plätze der Art Tisch. Räume und Tische für Besprechungen (Plätze der Art Raum) sind keine Tische: Sie haben eigene Zahlen (Blatt „Räume“).',
    ],
    [
      'Veranstaltungen',
      'Veranstaltungen (Workshops, Schnuppertage, Treffen, Sonstiges), die im Monat beginnen und nicht abgesagt sind.',
    ],
    ['Veranstaltungsplätze', 'Summe der Teilnahmeplätze dieser Veranstaltungen.'],
    [
      'Veranstaltungen: angemeldet',
      'Anmeldungen mit Platz: angemeldet oder teilgenommen (auch vom Personal eingetragene Teilnehmende ohne Konto).',
    ],
    ['Veranstaltungen: teilgenommen', 'Davon beim Einlass eingecheckt.'],
    ['Veranstaltungen: Warteliste', 'Anmeldungen, die noch auf einen Platz warten.'],
    [
      'Tischstunden durch Veranstaltungen',
      'Die Stunden, die Veranstaltungen Tische belegen (nur Plätze der Art Tisch, nur innerhalb der Öffnungszeiten). Sie zählen nicht zu den gebuchten Tischstunden; neben der Auslastung zu lesen.',
    ],
    [
      'Veranstaltungen: nicht erschienen',
      'Angemeldet und nicht eingecheckt, bei Veranstaltungen, die schon zu Ende sind.',
    ],
    ['Teilnahmequote', 'Teilgenommen ÷ angemeldet (0, wenn niemand angemeldet war).'],
    [
      'Veranstaltungen nach Gruppe',
      'Für jede Gruppe verschiedene Personen (mit Konto) mit einem Platz bei einer Veranstaltung des Monats, ihre Anmeldungen und Teilnahmen; Gruppen mit weniger als 3 Personen unter „Sonstiges“.',
    ],
    [
      'Räume',
      'Jeder Raum oder Tisch für Besprechungen, der im Monat aktiv ist: verfügbare Stunden (Öffnungszeiten der Tage, an denen er aktiv ist), gebuchte Stunden (zählende Buchungen) und Stunden von Veranstaltungen, beides innerhalb der Öffnungszeiten.',
    ],
    [
      'Nach Gruppe',
      'Für jede Gruppe Personen und Buchungen; Gruppen mit weniger als 3 Personen sind unter „Sonstiges“ zusammengefasst, damit niemand erkennbar ist.',
    ],
    [
      'Summen',
      'Stunden und Anzahlen sind über Monate und Spaces addiert; Auslastung und Belegung sind aus den Summen berechnet.',
    ],
  ],
};

const en: Labels = {
  space: 'Space',
  town: 'Town',
  month: 'Month',
  figures: {
    openDays: 'Open days',
    availableDeskHours: 'Available desk-hours',
    bookedDeskHours: 'Booked desk-hours',
    occupiedDeskHours: 'Used desk-hours',
    utilisation: 'Utilisation',
    occupancy: 'Occupancy (checked in)',
    bookings: 'Bookings',
    cancellations: 'Cancellations',
    noShows: 'No-shows',
    uniqueUsers: 'People',
    newUsers: 'New people',
    guestBookings: 'Guest bookings',
    peakConcurrentDesks: 'Peak desks in use',
    turnedAway: 'Turned away',
    turnedAwayAttempts: 'Rejected booking attempts',
    waitlistEntries: 'Waitlist entries',
  },
  events: {
    held: 'Events',
    capacity: 'Event places',
    registered: 'Events: registered',
    attended: 'Events: attended',
    waitlisted: 'Events: waitlisted',
    deskHours: 'Desk-hours taken by events',
    noShows: 'Events: no-shows',
  },
  total: 'Total',
  allSpaces: 'All spaces',
  sheets: {
    months: 'Months',
    season: 'Season',
    weekday: 'By weekday',
    hour: 'By hour',
    group: 'By group',
    events: 'Events',
    eventGroups: 'Events by group',
    rooms: 'Rooms',
    definitions: 'Definitions',
  },
  weekday: 'Weekday',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  hour: 'Time',
  group: 'Group',
  groups: {
    commuter: 'Commuter',
    freelancer: 'Self-employed / freelance',
    employee_remote: 'Employee working remotely',
    municipal_staff: 'Administration / municipality',
    student: 'Student / apprentice',
    volunteer: 'Volunteer',
    other: 'Other / not stated',
  },
  users: 'People',
  bookings: 'Bookings',
  available: 'Available (h)',
  booked: 'Booked (h)',
  occupied: 'Used (h)',
  kind: 'Kind',
  kinds: { workshop: 'Workshop', trial_day: 'Trial day', meeting: 'Meeting', other: 'Other' },
  attendanceRate: 'Attendance rate',
  people: 'People',
  registrations: 'Registrations',
  attended: 'Attended',
  room: 'Room / table',
  seats: 'Seats',
  roomAvailable: 'Available (h)',
  roomBooked: 'Booked (h)',
  roomEvents: 'Events (h)',
  roomUse: 'In use (booked + events)',
  term: 'Figure',
  definition: 'Meaning',
  definitions: [
    [
      'General',
      'All days, months and hours are in the space’s time zone. Hours are real elapsed hours (daylight saving included: the last Sunday of March has 23 hours, the last Sunday of October 25). A booking counts if it is confirmed or checked in. Reports hold no names or other personal data.',
    ],
    ['Open days', 'Days of the month inside the space’s life, not a closure, with opening hours on that weekday.'],
    [
      'Available desk-hours',
      'Sum over open days and their opening hours of the length in hours × the desks active that day.',
    ],
    ['Booked desk-hours', 'Sum over counting bookings of the part that lies in the month and inside opening hours.'],
    ['Used desk-hours', 'The same for checked-in bookings only.'],
    ['Utilisation', 'Booked ÷ available desk-hours (0 when nothing was available).'],
    ['Occupancy (checked in)', 'Used ÷ available desk-hours (0 when nothing was available).'],
    ['Bookings', 'Counting bookings starting in the month (guests included).'],
    ['Cancellations', 'Cancelled bookings starting in the month.'],
    ['No-shows', 'Bookings starting in the month that were released without check-in.'],
    [
      'People',
      'Different accounts (not guests) with a counting booking starting in the month. In the total of a season or of several spaces each person counts once.',
    ],
    ['New people', 'Of those, the people whose first counting booking in this space starts in the month.'],
    ['Guest bookings', 'Counting bookings without an account (recorded by staff), part of bookings.'],
    [
      'Peak desks in use',
      'The most counting bookings of the space overlapping one instant of the month; for several spaces or months the highest.',
    ],
    ['Turned away', 'Rejected booking attempts plus waitlist entries.'],
    ['Rejected booking attempts', 'Booking attempts for the month refused because the desk or space was taken.'],
    ['Waitlist entries', 'Waitlist entries for dates in the month, one per person and date.'],
    [
      'Desks and rooms',
      'All desk-hours, bookings, people and turned-away figures count places of kind desk only. Rooms and meeting tables (places of kind room) are not desks: they have figures of their own (sheet “Rooms”).',
    ],
    ['Events', 'Events (workshops, trial days, meetings, other) starting in the month and not cancelled.'],
    ['Event places', 'The sum of these events’ capacity.'],
    [
      'Events: registered',
      'Registrations holding a place: registered or attended (walk-in participants recorded by staff included).',
    ],
    ['Events: attended', 'Of those, checked in at the event.'],
    ['Events: waitlisted', 'Registrations still waiting for a place.'],
    [
      'Desk-hours taken by events',
      'The hours events take desks (places of kind desk only, inside opening hours). They are not part of the booked desk-hours; read them next to utilisation.',
    ],
    ['Events: no-shows', 'Registered and not checked in, of events that have ended.'],
    ['Attendance rate', 'Attended ÷ registered (0 when nobody registered).'],
    [
      'Events by group',
      'For each group the different people (with an account) holding a place at an event of the month, their registrations and attendances; groups with fewer than 3 people folded into “Other”.',
    ],
    [
      'Rooms',
      'Every room or meeting table active in the month: available hours (opening hours of the days it is active), booked hours (counting bookings) and event hours, both inside opening hours.',
    ],
    [
      'By group',
      'People and bookings per group; groups with fewer than 3 people are folded into “Other” so that nobody can be singled out.',
    ],
    [
      'Totals',
      'Hours and counts are added over months and spaces; utilisation and occupancy are computed from the sums.',
    ],
  ],
};

export const LABELS: Record<ReportLocale, Labels> = { de, en };
