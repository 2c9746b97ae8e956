import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { aSpaceDetail, aSpaceSummary } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { spaceLife } from '../utils/space-life';
import { SpaceCard } from './space-card';
import { SpaceSummary } from './space-summary';

const diessen = aSpaceDetail({
  name: 'Coworking Dießen',
  town: 'Dießen am Ammersee',
  address: 'Sonnenstraße 1, 86911 Dießen am Ammersee',
  opensOn: '2013-01-07',
  closesOn: null,
});

describe('what a space is', () => {
  it('does not call a permanent space a pop-up, and says since when it is open', () => {
    renderWithApp(<SpaceSummary space={diessen} />);
    expect(screen.queryByText('Pop-up')).not.toBeInTheDocument();
    expect(screen.queryByText(/ab 07\.01\.2013/)).not.toBeInTheDocument();
    expect(screen.getByText('Seit 2013')).toBeInTheDocument();
  });

  it('calls a space with a last day a pop-up, with its dates', () => {
    renderWithApp(
      <SpaceSummary space={aSpaceDetail({ opensOn: '2022-06-21', closesOn: '2022-12-21', address: null })} />,
    );
    expect(screen.getByText('Pop-up')).toBeInTheDocument();
    expect(screen.getByText(/21\.06\.2022 bis 21\.12\.2022/)).toBeInTheDocument();
  });

  it('does not repeat the town the address already names', () => {
    renderWithApp(
      <SpaceSummary space={aSpaceDetail({ town: 'Wittenberge', address: 'Laborstraße 1, 19322 Wittenberge' })} />,
    );
    expect(screen.getByText('Laborstraße 1, 19322 Wittenberge')).toBeInTheDocument();
    expect(screen.queryByText(/Wittenberge, Wittenberge/)).not.toBeInTheDocument();
  });

  it('adds the town to an address without it', () => {
    renderWithApp(<SpaceSummary space={aSpaceDetail({ town: 'Neuruppin', address: 'Markt 1' })} />);
    expect(screen.getByText('Markt 1, Neuruppin')).toBeInTheDocument();
  });

  it('shows no pop-up badge on the card of a permanent space', () => {
    const space = aSpaceSummary({ opensOn: '2013-01-07', closesOn: null });
    renderWithApp(<SpaceCard space={space} state={{ kind: 'ended' }} now={new Date()} />);
    expect(screen.queryByText('Pop-up')).not.toBeInTheDocument();
    expect(screen.getByText('Seit 2013')).toBeInTheDocument();
  });

  it('leaves a space opening later to its open badge', () => {
    expect(spaceLife({ opensOn: '2031-05-01', closesOn: null }, '2031-03-01')).toEqual({ kind: 'permanent' });
    expect(spaceLife({ opensOn: null, closesOn: '2031-05-01' }, '2031-03-01')).toEqual({
      kind: 'pop-up',
      opensOn: null,
      closesOn: '2031-05-01',
    });
  });
});
