/** Sentence-level readings the fixtures do not assert directly: motions, owners, due dates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/model/parse';

const motion = (line: string) => {
  const doc = parse(`1. Item\n${line}\n`);
  const m = doc.items[0]!.motions[0];
  assert.ok(m, `a motion in: ${line}`);
  return { mover: m.mover, seconder: m.seconder, result: m.result, votes: m.votes };
};

test('movers and seconders in every style', () => {
  assert.deepEqual(motion('It was MOVED by Councillor Sanders, SECONDED by Councillor Trail and RESOLVED that the report be noted.'), {
    mover: 'Councillor Sanders',
    seconder: 'Councillor Trail',
    result: 'carried',
    votes: null,
  });
  assert.deepEqual(motion('Motion: To approve the minutes. Moved by C. Bell, seconded by G. Hale. Motion carried (8–0).'), {
    mover: 'C. Bell',
    seconder: 'G. Hale',
    result: 'carried',
    votes: { for: 8, against: 0 },
  });
  assert.deepEqual(motion('MOTION by Director Chen to approve the agenda, SECOND by Director Ward. Motion failed 2-3.'), {
    mover: 'Director Chen',
    seconder: 'Director Ward',
    result: 'failed',
    votes: { for: 2, against: 3 },
  });
  assert.deepEqual(motion('Council Member Smith moved, seconded by Council Member Lee, to adopt the ordinance. The motion carried by the following vote: Ayes: Smith, Lee, Ortiz. Noes: Brooks.'), {
    mover: 'Council Member Smith',
    seconder: 'Council Member Lee',
    result: 'carried',
    votes: { for: 3, against: 1 },
  });
  const m = motion('Payments were presented. AGREED (proposed Cllr Kowalczyk, seconded Cllr Pike).');
  assert.equal(m.mover, 'Cllr Kowalczyk');
  assert.equal(m.seconder, 'Cllr Pike');
});

test('movers and seconders written before the verb, or in one field', () => {
  const who = (line: string) => {
    const m = motion(line);
    return [m.mover, m.seconder];
  };
  assert.deepEqual(who('Council Member Ortiz moved, Council Member Lee seconded, to approve the contract. Motion carried 5-0.'), ['Council Member Ortiz', 'Council Member Lee']);
  assert.deepEqual(who('Commissioner Bell made a motion to deny the variance; Commissioner Hart seconded. The motion passed 3-2.'), ['Commissioner Bell', 'Commissioner Hart']);
  assert.deepEqual(who('Moved/Seconded: R. Mensah / H. Ng. Carried.'), ['R. Mensah', 'H. Ng']);
  assert.deepEqual(who('Moved/Seconded: Smith/Jones. Approved unanimously.'), ['Smith', 'Jones']);
  // (After a numbered motion's label, or "M/S/C": the mover, a slash and the seconder, then what it proposes; neither is set
  // a task by it.)
  assert.deepEqual(who('Motion 27-018: Becker / Choi to approve the agenda as presented. Motion carried 5-0.'), ['Becker', 'Choi']);
  assert.deepEqual(who('M/S/C Okoro/Lund to accept the treasurer\'s report.'), ['Okoro', 'Lund']);
  assert.deepEqual(parse('1. Item\nMotion 27-018: Becker / Choi to approve the agenda as presented. Motion carried 5-0.\n').actions, []);
  // ("Duly seconded" names nobody.)
  assert.deepEqual(who('Director Lin moved to approve the budget, duly seconded. Carried.'), ['Director Lin', null]);
});

test('the substantive motion takes the result written for it after an amendment\'s', () => {
  const doc = parse('1. Library hours\nIt was MOVED by Councillor Lane and SECONDED by Councillor Price that Saturday opening be restored.\nAn amendment was moved by Councillor Dale. Upon being put to the vote the amendment was LOST.\nThe substantive motion was then put to the vote and was CARRIED.\n');
  assert.deepEqual(doc.items[0]!.motions.map((m) => [m.mover, m.result]), [['Councillor Lane', 'carried'], ['Councillor Dale', 'failed']]);
});

test('a form\'s fields end the mover\'s and seconder\'s names', () => {
  // A run of spaces or a tab sets the next field apart: it is not part of the name.
  const m = motion('Moved: Cr Walsh    Seconded: Cr Pike');
  assert.deepEqual([m.mover, m.seconder], ['Cr Walsh', 'Cr Pike']);
  const t = motion('Moved: Nina Petrova  Seconded: Omar Haddad\tCarried.');
  assert.deepEqual([t.mover, t.seconder, t.result], ['Nina Petrova', 'Omar Haddad', 'carried']);
  assert.deepEqual(motion('It was moved by Councillor Jane Smith, seconded by Councillor Roe, and agreed.').mover, 'Councillor Jane Smith');
});

test('a motion\'s own wording is not its result', () => {
  const item = (text: string) => {
    const it = parse(`1. Item\n${text}\n`).items[0]!;
    return [it.outcome, it.motions.map((m) => m.result)];
  };
  // "be deferred" proposed what the vote then turned down: the motion failed, and so did what it proposed.
  assert.deepEqual(item('Moved by: Councillor Hughes\nSeconded by: Councillor Lam\nTHAT the report be deferred to the March meeting.\nDEFEATED'), ['failed', ['failed']]);
  assert.deepEqual(item('Moved by Cllr Ames, seconded by Cllr Roe, that the grant be approved. The motion was lost.'), ['failed', ['failed']]);
  assert.deepEqual(item('Moved by: Councillor Hughes\nSeconded by: Councillor Lam\nTHAT the grant be approved.\nCARRIED'), ['carried', ['carried']]);
  // With no result written, what it proposed stands as the record, and the motion's result is not made up.
  assert.deepEqual(item('Moved by Cllr Ames, seconded by Cllr Roe, that the grant be approved.'), ['approved', [null]]);
  assert.deepEqual(item('Proposed Cllr Bell, seconded Cllr Gill, all in favour, that the minutes be signed as a correct record.'), ['approved', ['carried']]);
  assert.deepEqual(item('Cllr King proposed that the item be deferred, seconded by Cllr Lee. This was not supported.'), ['failed', ['failed']]);
});

test('abstentions are recorded with the motion', () => {
  const doc = parse('1. Item\nMoved by Lee, seconded by Shah. Carried 5-1. Councillor Speight abstained.\n');
  assert.deepEqual(doc.items[0]!.motions[0]!.abstainers, ['Councillor Speight']);
});

const action = (body: string) => {
  const doc = parse(`Present: Cllr A. Moss, B. Lee\n\n1. Item\n${body}\n`);
  assert.equal(doc.actions.length, 1, `one action in: ${body} (got ${doc.actions.map((a) => a.text).join(' | ')})`);
  const a = doc.actions[0]!;
  return { owner: a.owner, due: a.due };
};

test('owners as minutes write them', () => {
  assert.deepEqual(action('Clerk to write to the highways department by 31 March about the verges.'), { owner: 'Clerk', due: '31 March' });
  assert.deepEqual(action('The Head of Finance to circulate the accounts before the next meeting.'), { owner: 'The Head of Finance', due: 'the next meeting' });
  assert.deepEqual(action('Notify the contractor by Friday (B. Lee).'), { owner: 'B. Lee', due: 'Friday' });
  assert.deepEqual(action('Action: Moss to chase the quote.'), { owner: 'Moss', due: null });
  assert.deepEqual(action('A report to be brought to a future meeting.'), { owner: null, due: null });
  assert.deepEqual(action('Signs to be ordered by the Clerk within two weeks.'), { owner: 'the Clerk', due: 'within two weeks' });
  assert.deepEqual(action('ACTION – TBC'), { owner: null, due: null });
  assert.deepEqual(action('Action: Clerk/Chair'), { owner: 'Clerk/Chair', due: null });
  assert.deepEqual(action('ACTION: KT/JS – update the website'), { owner: 'KT/JS', due: null });
  // A task inside a resolution, however the line opens.
  assert.deepEqual(action('Cllr Moss reported that the grit bin was empty again. RESOLVED: that the Clerk chase the refill within two weeks.'), { owner: 'the Clerk', due: 'within two weeks' });
  assert.deepEqual(action('Clerk to circulate the agenda two weeks before the meeting.'), { owner: 'Clerk', due: 'two weeks before the meeting' });
  assert.deepEqual(action('Clerk to book the hall for the March meeting.'), { owner: 'Clerk', due: null });
});

test('a due field in square brackets ends at its bracket', () => {
  assert.deepEqual(action('- [ ] @cy to fix the alert [due: Friday]'), { owner: '@cy', due: 'Friday' });
});

test('in an action list, an arrow to someone and several people before a colon', () => {
  assert.deepEqual(action('Action items:\n- Chase the printer -> B. Lee'), { owner: 'B. Lee', due: null });
  assert.deepEqual(action('Action items:\n- Moss, Lee: chase the printer by Friday'), { owner: 'Moss, Lee', due: 'Friday' });
  // (An arrow to what is not anyone names nobody.)
  assert.deepEqual(action('Action items:\n- Printer -> broken again'), { owner: null, due: null });
});

test('an ETA is when a task is due', () => {
  assert.deepEqual(action('Action items:\n- Raj to fix the build, ETA next Tuesday'), { owner: 'Raj', due: 'next Tuesday' });
  assert.deepEqual(action('ACTION: B. Lee to send the figures (ETA 12 Dec)'), { owner: 'B. Lee', due: '12 Dec' });
  assert.deepEqual(action('Clerk to order the beta signs.'), { owner: 'Clerk', due: null });
});

test('a task whose sentence a PDF wraps reads whole: its text and its owner on one line', () => {
  const doc = parse('1. Highways\nCllr Moss reported a blocked drain. It was agreed that the\nClerk should report it to County Highways.\n\n2. Trees\nMembers agreed that the Treasurer\nwould renew the tree survey by 30 April.\n');
  const [a, b] = doc.actions;
  assert.equal(a?.owner, 'the Clerk');
  assert.equal(a?.text, 'the Clerk should report it to County Highways.');
  // (Its range stays on its first line, where a diagnostic marks it.)
  assert.equal(doc.text.slice(a!.range.start, a!.range.end), 'the');
  assert.equal(b?.owner, 'the Treasurer');
  assert.equal(b?.text, 'the Treasurer would renew the tree survey by 30 April.');
  assert.equal(b?.due, '30 April');
  // (A task found on its first line alone takes the whole sentence's words when the next line goes on with it.)
  const [c] = parse('1. Footpaths\nThe stile is broken. It was agreed that the Clerk should report it to\nCounty Rights of Way.\n').actions;
  assert.equal(c?.owner, 'the Clerk');
  assert.equal(c?.text, 'the Clerk should report it to County Rights of Way.');
});

test('an officer named by an ordinal or a figure is someone; a time is not', () => {
  assert.deepEqual(action('2nd Vice Chair to book the pitch for the cup match.'), { owner: '2nd Vice Chair', due: null });
  assert.deepEqual(action('1st XI captain to collect the kit by Friday.'), { owner: '1st XI captain', due: 'Friday' });
  assert.deepEqual(action('3G Pitch Group to agree the winter rota.'), { owner: '3G Pitch Group', due: null });
  assert.equal(parse('1. Close\n\n2. Adjournment   – 8:15 pm.\n').items[1]!.title, '2. Adjournment');
});

test('what is not an action', () => {
  for (const body of [
    'Councillor Moss would look into the matter.',
    'The resident threatened legal action over the fence.',
    'Members were asked to note the report.',
    'Cllr Moss to replace Cllr Lee on the Finance Committee.',
    'The Clerk be authorised to sign the lease.',
    'Referring to the consultation, the Chair asked about the response rate.',
    'The report sought a recommendation to Cabinet to add £1.2m to the programme.',
  ]) {
    const doc = parse(`1. Item\n${body}\n`);
    assert.deepEqual(doc.actions.map((a) => a.text), [], body);
  }
});

test('a motion whose sentence wraps onto the next line reads as one motion, as on one line', () => {
  const one = (t: string) => parse(`Minutes\n\n2. Precept\n${t}\n`).items[0]!.motions.map((m) => [m.mover, m.seconder, m.result]);
  const flat = 'Members considered the draft budget. Moved by Cllr Nuttall, seconded by Cllr Okafor, that the precept be set at £18,400. The motion was carried 6-1.';
  assert.deepEqual(one(flat), [['Cllr Nuttall', 'Cllr Okafor', 'carried']]);
  // Wrapped after the seconder's title, and after "seconded by".
  assert.deepEqual(one(flat.replace('Cllr Okafor', 'Cllr\nOkafor')), one(flat));
  assert.deepEqual(one(flat.replace('seconded by Cllr', 'seconded by\nCllr')), one(flat));
  // Wrapped mid-motion: "It was proposed" / "by Cllr Hardy, seconded by Cllr Nuttall, that ..." is one motion, not two.
  const proposed = 'The Clerk reported on the lease. It was proposed\nby Cllr Hardy, seconded by Cllr Nuttall, that the council accept the new lease\nfor 21 years. Carried.';
  assert.deepEqual(one(proposed), [['Cllr Hardy', 'Cllr Nuttall', 'carried']]);
  // A board's titles, and a motion's fields, before a name on the next line.
  assert.deepEqual(one('Motion by Director Fox to approve the budget, seconded by Director\nHale. Carried.'), [['Director Fox', 'Director Hale', 'carried']]);
  assert.deepEqual(one('Motion: That the correspondence be received. Moved: Grace Liu  Seconded:\nNina Petrova   Carried.'), [['Grace Liu', 'Nina Petrova', 'carried']]);
  // A seconder's first name ending a line, the surname opening the next; not the motion's result there.
  assert.deepEqual(one('Members agreed to appeal. Moved by Andre Baptiste, seconded by Marta\nRuiz. Motion carried (24–1–2).'), [['Andre Baptiste', 'Marta Ruiz', 'carried']]);
  assert.deepEqual(one('Members agreed to appeal. Moved by Andre Baptiste, seconded by Marta\nCarried.'), [['Andre Baptiste', 'Marta', 'carried']]);
});
