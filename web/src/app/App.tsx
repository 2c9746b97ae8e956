import { useSpaces } from './spaces';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T12:00:00Z`));

/** Placeholder start page until the full web app lands: the spaces the API knows. */
export function App() {
  const spaces = useSpaces();
  return (
    <main className="page">
      <h1>PopDesk</h1>
      <p>Arbeitsplätze in öffentlichen Coworking-Spaces kleiner Städte buchen.</p>
      <h2>Spaces</h2>
      {spaces.isPending && <p role="status">Lädt …</p>}
      {spaces.isError && <p role="alert">Die Spaces konnten nicht geladen werden: {spaces.error.message}</p>}
      {spaces.data && spaces.data.length === 0 && <p>Noch keine Spaces angelegt.</p>}
      {spaces.data && spaces.data.length > 0 && (
        <ul className="spaces">
          {spaces.data.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> – {s.town}, {s.deskCount} Arbeitsplätze
              {s.opensOn && s.closesOn && ` (Pop-up ${formatDate(s.opensOn)} – ${formatDate(s.closesOn)})`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/docs">API-Dokumentation</a>
      </p>
    </main>
  );
}
