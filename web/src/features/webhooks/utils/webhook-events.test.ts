import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '@popdesk/shared';
import { toggleEvent } from './webhook-events';

describe('choosing webhook events', () => {
  it('adds an event in the list’s order and removes it again', () => {
    const [first, second, third] = WEBHOOK_EVENTS;
    expect(toggleEvent([third!], first!, true)).toEqual([first, third]);
    expect(toggleEvent([first!, third!], second!, true)).toEqual([first, second, third]);
    expect(toggleEvent([first!, third!], first!, false)).toEqual([third]);
    expect(toggleEvent([first!], first!, true)).toEqual([first]);
  });
});
