import { describe, expect, it } from 'vitest';
import { aSpace } from '../../../test/factories';
import { changedFields, createBody, formValues, validateSpaceForm } from './space-form';

const space = aSpace({ id: 's', opensOn: '2027-05-01' });

describe('the space settings form', () => {
  it('checks required fields, the life dates and the ranges', () => {
    expect(
      validateSpaceForm({ ...formValues(), name: ' ', bookingHorizonDays: '400', releaseAfterMinutes: '0' }),
    ).toEqual({ name: 'required', town: 'required', bookingHorizonDays: 'range', releaseAfterMinutes: 'range' });
    expect(validateSpaceForm({ ...formValues(space), closesOn: '2027-04-30' })).toEqual({ closesOn: 'beforeOpens' });
    expect(validateSpaceForm(formValues(space))).toEqual({});
  });

  it('sends empty text as null, numbers as numbers, and only what changed', () => {
    expect(createBody({ ...formValues(), name: ' Neu ', town: 'Kyritz', address: '  ' })).toMatchObject({
      name: 'Neu',
      town: 'Kyritz',
      address: null,
      opensOn: null,
      bookingHorizonDays: 28,
      releaseAfterMinutes: 30,
    });
    expect(changedFields(formValues(space), space)).toEqual({});
    expect(
      changedFields({ ...formValues(space), opensOn: '', checkInRequired: true, releaseAfterMinutes: '15' }, space),
    ).toEqual({ opensOn: null, checkInRequired: true, releaseAfterMinutes: 15 });
  });

  it('rooms: coworkers may book them themselves only when the space says so (off by default)', () => {
    expect(formValues().coworkersMayBookRooms).toBe(false);
    expect(createBody(formValues())).toMatchObject({ coworkersMayBookRooms: false });
    expect(changedFields({ ...formValues(space), coworkersMayBookRooms: true }, space)).toEqual({
      coworkersMayBookRooms: true,
    });
  });

  it('fair use: a minimum of 5–1440 minutes, a limit of 1–365 or none (empty)', () => {
    expect(formValues()).toMatchObject({ minBookingMinutes: '30', maxFutureBookingsPerPerson: '' });
    expect(
      validateSpaceForm({ ...formValues(space), minBookingMinutes: '4', maxFutureBookingsPerPerson: '0' }),
    ).toEqual({
      minBookingMinutes: 'range',
      maxFutureBookingsPerPerson: 'range',
    });
    expect(createBody({ ...formValues(), minBookingMinutes: '60', maxFutureBookingsPerPerson: '' })).toMatchObject({
      minBookingMinutes: 60,
      maxFutureBookingsPerPerson: null,
    });
    const limited = { ...space, maxFutureBookingsPerPerson: 5 };
    expect(formValues(limited).maxFutureBookingsPerPerson).toBe('5');
    expect(changedFields({ ...formValues(limited), maxFutureBookingsPerPerson: ' ' }, limited)).toEqual({
      maxFutureBookingsPerPerson: null,
    });
  });
});
