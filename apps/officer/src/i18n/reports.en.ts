// English messages of the backlog report page; the same keys as reports.id.ts, loaded with the page.
export default {
  reports: {
    backlog: {
      title: 'Backlog report',
      intro:
        'Files received and not finished: at which stage, held by whom, and how many working days since they ' +
        'were received. What arrived while the office was closed counts too.',
      asOf: 'As of',
      asOfHelp: "Figures at the end of that day (the office's time zone). Leave empty for today.",
      show: 'Show',
      loading: 'Loading the report…',
      summary: 'As of {date}: {files} files waiting, {overdue} overdue.',
      filtersLegend: 'Narrow the table',
      stage: 'Stage',
      channel: 'Channel',
      assignee: 'Officer',
      all: 'All',
      nobody: 'Held by nobody',
      channels: { online: 'Online', counter: 'Counter' },
      kinds: { izin: 'Permit', non_izin: 'Non-permit' },
      byAssigneeTitle: 'By officer',
      rowsTitle: 'By service, stage, channel and officer',
      shown: 'Showing {files} files, {overdue} overdue.',
      service: 'Service',
      kind: 'Kind',
      files: 'Files',
      overdue: 'Overdue',
      age: 'Age (working days)',
      ageBucket: '{bucket} days',
      empty: 'No files are waiting.',
      emptyFiltered: 'No rows for this filter.',
      csv: 'Download CSV',
      csvBusy: 'Downloading…',
    },
    problems: { badDate: 'Write a date that exists on the calendar.' },
  },
  errors: { stats: { future_date: 'The date cannot be in the future.' } },
}
