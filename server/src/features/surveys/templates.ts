/**
 * The survey templates staff start from: a commuter survey (before a space exists, or to find out
 * who would use one), a post-visit survey (what a day in the space saved and was worth) and an
 * expression of interest. Each question is written once with its German and English wording side
 * by side, so both languages have the same ids, kinds, ranges and measures by construction; the
 * option order is the same in both, which keeps results comparable across languages.
 */
import type { Question, SurveyLanguage, SurveyTemplate, SurveyTemplateId } from '@popdesk/shared';

interface Wording {
  text: string;
  help?: string;
  options?: string[];
}

type Structure = Omit<Question, 'text' | 'help' | 'options'>;

interface Bilingual extends Structure {
  de: Wording;
  en: Wording;
}

interface TemplateSource {
  id: SurveyTemplateId;
  title: Record<SurveyLanguage, string>;
  intro: Record<SurveyLanguage, string>;
  questions: Bilingual[];
}

const PRIVACY = {
  de: 'Die Umfrage ist anonym: Gespeichert werden nur Ihre Antworten und der Tag, an dem sie eingehen – kein Name, keine IP-Adresse, kein Cookie.',
  en: 'The survey is anonymous: only your answers and the day they arrive are stored – no name, no IP address, no cookie.',
};

const WTP_HELP = {
  de: 'In Euro pro Tag. Geben Sie 0 ein, wenn Sie nichts bezahlen würden.',
  en: 'In euros a day. Enter 0 if you would not pay anything.',
};

const NEEDS: Bilingual = {
  id: 'needs',
  kind: 'multi',
  de: {
    text: 'Was bräuchten Sie dort, um gut arbeiten zu können?',
    help: 'Mehrere Antworten möglich.',
    options: [
      'Ruhige Arbeitsplätze',
      'Schnelles Internet',
      'Besprechungsraum',
      'Telefon- oder Videokabine',
      'Kinderbetreuung in der Nähe',
      'Parkplätze',
      'Gute Anbindung an Bus und Bahn',
      'Drucker und Scanner',
      'Küche und Kaffee',
      'Öffnungszeiten auch früh und abends',
    ],
  },
  en: {
    text: 'What would you need there to work well?',
    help: 'Choose as many as apply.',
    options: [
      'Quiet desks',
      'Fast internet',
      'A meeting room',
      'A phone or video booth',
      'Childcare nearby',
      'Parking',
      'Good bus and train connections',
      'Printer and scanner',
      'Kitchen and coffee',
      'Opening hours early and late',
    ],
  },
};

const COMMENTS: Bilingual = {
  id: 'comments',
  kind: 'text',
  de: { text: 'Möchten Sie uns noch etwas mitteilen?' },
  en: { text: 'Is there anything else you would like to tell us?' },
};

const INTEREST_HELP = {
  de: '1 = sicher nicht, 5 = ganz sicher',
  en: '1 = certainly not, 5 = certainly',
};

const commuter: TemplateSource = {
  id: 'commuter',
  title: { de: 'Pendlerumfrage', en: 'Commuter survey' },
  intro: {
    de: `Wir möchten wissen, wie weit und wie oft Sie zur Arbeit pendeln und ob ein Coworking-Space an Ihrem Wohnort Ihnen Wege ersparen könnte. Das Ausfüllen dauert etwa drei Minuten. ${PRIVACY.de}`,
    en: `We would like to know how far and how often you commute to work, and whether a coworking space where you live could save you some of those journeys. It takes about three minutes. ${PRIVACY.en}`,
  },
  questions: [
    {
      id: 'destination',
      kind: 'single',
      required: true,
      de: {
        text: 'Wohin pendeln Sie hauptsächlich zur Arbeit?',
        options: ['Hamburg', 'Berlin', 'Schwerin', 'Magdeburg', 'Anderswo in der Region', 'Weiter weg'],
      },
      en: {
        text: 'Where do you mainly commute to for work?',
        options: ['Hamburg', 'Berlin', 'Schwerin', 'Magdeburg', 'Elsewhere in the region', 'Further away'],
      },
    },
    {
      id: 'distanceKm',
      kind: 'number',
      required: true,
      min: 0,
      max: 1000,
      unit: 'km',
      de: { text: 'Wie lang ist Ihr Arbeitsweg?', help: 'Einfache Strecke in Kilometern.' },
      en: { text: 'How long is your journey to work?', help: 'One way, in kilometres.' },
    },
    {
      id: 'commuteDays',
      kind: 'single',
      de: {
        text: 'An wie vielen Tagen pro Woche pendeln Sie?',
        options: ['Seltener als einmal pro Woche', '1 Tag', '2 Tage', '3 Tage', '4 Tage', '5 Tage oder mehr'],
      },
      en: {
        text: 'On how many days a week do you commute?',
        options: ['Less than once a week', '1 day', '2 days', '3 days', '4 days', '5 days or more'],
      },
    },
    {
      id: 'travelTime',
      kind: 'single',
      de: {
        text: 'Wie lange sind Sie für eine Strecke unterwegs?',
        help: 'Von Tür zu Tür.',
        options: [
          'Weniger als 30 Minuten',
          '30 bis 60 Minuten',
          '1 bis 1,5 Stunden',
          '1,5 bis 2 Stunden',
          'Mehr als 2 Stunden',
        ],
      },
      en: {
        text: 'How long does the journey take you one way?',
        help: 'Door to door.',
        options: ['Less than 30 minutes', '30 to 60 minutes', '1 to 1.5 hours', '1.5 to 2 hours', 'More than 2 hours'],
      },
    },
    {
      id: 'presenceNeeded',
      kind: 'single',
      required: true,
      de: {
        text: 'Ist Ihre Anwesenheit am Arbeitsort zwingend erforderlich?',
        options: [
          'Ja, an jedem Arbeitstag',
          'Nur an manchen Tagen',
          'Nein, ich könnte überwiegend ortsunabhängig arbeiten',
          'Weiß nicht',
        ],
      },
      en: {
        text: 'Is your presence at your place of work strictly necessary?',
        options: ['Yes, every working day', 'Only on some days', 'No, I could mostly work from anywhere', "Don't know"],
      },
    },
    {
      id: 'remoteAllowed',
      kind: 'single',
      de: {
        text: 'Erlaubt Ihr Arbeitgeber mobiles Arbeiten?',
        options: ['Ja', 'Teilweise', 'Nein', 'Ich bin selbstständig', 'Weiß nicht'],
      },
      en: {
        text: 'Does your employer allow remote work?',
        options: ['Yes', 'Partly', 'No', "I'm self-employed", "Don't know"],
      },
    },
    {
      id: 'interest',
      kind: 'scale',
      required: true,
      de: {
        text: 'Würden Sie einen Coworking-Space an Ihrem Wohnort nutzen, statt zu pendeln?',
        help: INTEREST_HELP.de,
      },
      en: { text: 'Would you use a coworking space where you live instead of commuting?', help: INTEREST_HELP.en },
    },
    {
      id: 'coworkDays',
      kind: 'single',
      de: {
        text: 'An wie vielen Tagen pro Woche würden Sie dort arbeiten?',
        options: ['Gar nicht', 'Seltener als einmal pro Woche', '1 Tag', '2 Tage', '3 Tage oder mehr'],
      },
      en: {
        text: 'On how many days a week would you work there?',
        options: ['Not at all', 'Less than once a week', '1 day', '2 days', '3 days or more'],
      },
    },
    {
      id: 'wtpPerDay',
      kind: 'number',
      min: 0,
      max: 100,
      unit: '€',
      measure: 'willingnessToPay',
      de: { text: 'Wie viel würden Sie höchstens für einen Arbeitsplatz pro Tag bezahlen?', help: WTP_HELP.de },
      en: { text: 'What is the most you would pay for a desk for a day?', help: WTP_HELP.en },
    },
    NEEDS,
    COMMENTS,
  ],
};

const postVisit: TemplateSource = {
  id: 'post-visit',
  title: { de: 'Nach dem Besuch', en: 'After your visit' },
  intro: {
    de: `Danke, dass Sie bei uns gearbeitet haben! Mit fünf kurzen Fragen helfen Sie uns zu zeigen, was der Coworking-Space bringt, und ihn besser zu machen. ${PRIVACY.de}`,
    en: `Thank you for working with us! Five short questions help us show what the coworking space is worth and make it better. ${PRIVACY.en}`,
  },
  questions: [
    {
      id: 'otherwise',
      kind: 'single',
      required: true,
      de: {
        text: 'Wie hätten Sie heute ohne den Coworking-Space gearbeitet?',
        options: [
          'Mit dem Auto zur Arbeit gependelt',
          'Mit Bahn oder Bus zur Arbeit gependelt',
          'Mit dem Rad oder zu Fuß zur Arbeit',
          'Im Homeoffice',
          'Woanders (Café, Bibliothek, unterwegs)',
          'Ich hätte heute nicht gearbeitet',
        ],
      },
      en: {
        text: 'How would you have worked today without the coworking space?',
        options: [
          'Commuted to work by car',
          'Commuted to work by train or bus',
          'Gone to work by bike or on foot',
          'Worked from home',
          'Somewhere else (café, library, on the road)',
          'I would not have worked today',
        ],
      },
    },
    {
      id: 'kmAvoided',
      kind: 'number',
      required: true,
      min: 0,
      max: 1000,
      unit: 'km',
      measure: 'commuteKmAvoided',
      de: {
        text: 'Wie viele Kilometer Arbeitsweg haben Sie sich heute gespart?',
        help: 'Hin und zurück. Geben Sie 0 ein, wenn Sie sonst nicht gependelt wären.',
      },
      en: {
        text: 'How many kilometres of commuting did you save today?',
        help: "There and back. Enter 0 if you wouldn't have commuted otherwise.",
      },
    },
    {
      id: 'satisfaction',
      kind: 'scale',
      required: true,
      measure: 'satisfaction',
      de: {
        text: 'Wie zufrieden waren Sie heute mit dem Coworking-Space?',
        help: '1 = gar nicht zufrieden, 5 = sehr zufrieden',
      },
      en: {
        text: 'How satisfied were you with the coworking space today?',
        help: '1 = not at all, 5 = very satisfied',
      },
    },
    {
      id: 'wtpPerDay',
      kind: 'number',
      min: 0,
      max: 100,
      unit: '€',
      measure: 'willingnessToPay',
      de: { text: 'Wie viel wäre Ihnen ein Tag hier wert?', help: WTP_HELP.de },
      en: { text: 'How much would a day here be worth to you?', help: WTP_HELP.en },
    },
    {
      id: 'improvements',
      kind: 'text',
      de: { text: 'Was könnten wir besser machen?' },
      en: { text: 'What could we do better?' },
    },
  ],
};

const interest: TemplateSource = {
  id: 'interest',
  title: { de: 'Interessenbekundung: Coworking vor Ort', en: 'Expression of interest: coworking nearby' },
  intro: {
    de: `Ihre Gemeinde überlegt, einen Coworking-Space einzurichten: Arbeitsplätze, die man tageweise nutzen kann, statt zu pendeln. Ob sich das lohnt, hängt vom Interesse ab – sagen Sie uns Ihre Meinung. ${PRIVACY.de}`,
    en: `Your town is considering a coworking space: desks you can use by the day instead of commuting. Whether it is worth it depends on the interest – tell us what you think. ${PRIVACY.en}`,
  },
  questions: [
    {
      id: 'deskWork',
      kind: 'single',
      required: true,
      de: {
        text: 'Könnten Sie Ihre Arbeit zumindest zeitweise an einem Schreibtisch mit Laptop erledigen?',
        options: ['Ja, überwiegend', 'Ja, teilweise', 'Nein', 'Ich bin derzeit nicht berufstätig'],
      },
      en: {
        text: 'Could you do your work at a desk with a laptop, at least some of the time?',
        options: ['Yes, mostly', 'Yes, partly', 'No', "I'm not working at the moment"],
      },
    },
    {
      id: 'interest',
      kind: 'scale',
      required: true,
      de: {
        text: 'Wie groß ist Ihr Interesse an einem Coworking-Space an Ihrem Wohnort?',
        help: '1 = kein Interesse, 5 = sehr großes Interesse',
      },
      en: {
        text: 'How interested are you in a coworking space where you live?',
        help: '1 = not interested, 5 = very interested',
      },
    },
    {
      id: 'days',
      kind: 'multi',
      de: {
        text: 'An welchen Tagen würden Sie ihn nutzen?',
        help: 'Mehrere Antworten möglich.',
        options: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
      },
      en: {
        text: 'On which days would you use it?',
        help: 'Choose as many as apply.',
        options: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      },
    },
    NEEDS,
    {
      id: 'wtpPerDay',
      kind: 'number',
      min: 0,
      max: 100,
      unit: '€',
      measure: 'willingnessToPay',
      de: { text: 'Wie viel würden Sie höchstens für einen Arbeitsplatz pro Tag bezahlen?', help: WTP_HELP.de },
      en: { text: 'What is the most you would pay for a desk for a day?', help: WTP_HELP.en },
    },
    COMMENTS,
  ],
};

const SOURCES: readonly TemplateSource[] = [commuter, postVisit, interest];

function localise(q: Bilingual, language: SurveyLanguage): Question {
  const { de, en, ...structure } = q;
  const wording = language === 'de' ? de : en;
  return {
    ...structure,
    text: wording.text,
    ...(wording.help === undefined ? {} : { help: wording.help }),
    ...(wording.options === undefined ? {} : { options: [...wording.options] }),
  };
}

/** The templates in one language: fresh copies, so a caller may change them freely. */
export function surveyTemplates(language: SurveyLanguage): SurveyTemplate[] {
  return SOURCES.map((t) => ({
    id: t.id,
    language,
    title: t.title[language],
    intro: t.intro[language],
    questions: t.questions.map((q) => localise(q, language)),
  }));
}

/** One template in one language. */
export function surveyTemplate(id: SurveyTemplateId, language: SurveyLanguage): SurveyTemplate {
  const found = surveyTemplates(language).find((t) => t.id === id);
  if (!found) throw new RangeError(`no survey template "${id}"`);
  return found;
}
