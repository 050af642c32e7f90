import { renderToStaticMarkup } from 'react-dom/server';
import { COMPONENT_MAP } from '../../../../src/preview/browser/host/componentMap';
import { createHostController } from '../../../../src/preview/browser/host/createHostController';
import type { HostProps } from '../../../../src/preview/browser/host/hostProps';

const render = (name: string, props: HostProps): string => {
  const Component = createHostController(COMPONENT_MAP).get(name) as (p: HostProps) => JSX.Element;
  return renderToStaticMarkup(<Component {...props} />);
};

describe('the host component map', () => {
  it('maps every component the extensions use', () => {
    const used = ['Accordion', 'Alert', 'BarChart', 'Button', 'Divider', 'EmptyState', 'ErrorState', 'Flex', 'Heading', 'Input', 'LineChart', 'Link', 'List', 'LoadingButton', 'LoadingSpinner', 'MultiSelect', 'NumberInput', 'ProgressBar', 'Select', 'Statistics', 'StatisticsItem', 'StatusTag', 'Tab', 'Table', 'TableBody', 'TableCell', 'TableHead', 'TableHeader', 'TableRow', 'Tabs', 'Tag', 'Text', 'Tile', 'Toggle', 'Tooltip'];
    expect(used.filter((name) => !(name in COMPONENT_MAP))).toEqual([]);
  });

  it('falls back for an unknown name, rendering its children, and keeps one fallback per name', () => {
    const controller = createHostController(COMPONENT_MAP);
    expect(controller.get('ScoreCircle')).toBe(controller.get('ScoreCircle'));
    expect(controller.get('ScoreCircle')).not.toBe(controller.get('StepIndicator'));
    const html = render('ScoreCircle', { testId: 'score', children: 'inside' });
    expect(html).toContain('data-component="ScoreCircle"');
    expect(html).toContain('inside');
    expect(html).toContain('data-testid="score"');
  });

  it('fills a progress bar to value ÷ maxValue, capped at the track', () => {
    expect(render('ProgressBar', { value: 42, maxValue: 100, title: 'Attainment', showPercentage: true })).toContain('width:42%');
    expect(render('ProgressBar', { value: 180, maxValue: 120 })).toContain('width:100%');
    expect(render('ProgressBar', { value: 5, maxValue: 0 })).toContain('width:0%');
  });

  it('draws alerts and tags in their variant with the testId the card gave them', () => {
    const alert = render('Alert', { title: 'Critical · South', variant: 'danger', testId: 'alert-x', children: 'Conversion 17%' });
    expect(alert).toContain('hs-alert--danger');
    expect(alert).toContain('data-testid="alert-x"');
    expect(alert).toContain('Critical · South');
    expect(render('Alert', { variant: 'error' })).toContain('hs-alert--danger');
    expect(render('Tag', { variant: 'warning', children: 'Not configured' })).toContain('hs-tag--warning');
  });

  it('shows a StatisticsItem’s number as the string the card sent', () => {
    const html = render('StatisticsItem', { label: 'Total score', number: '80.6', testId: 'total' });
    expect(html).toContain('80.6');
    expect(html).toContain('Total score');
  });

  it('marks a select option by its value, numbers included', () => {
    const html = render('Select', { label: 'Period', value: 2, options: [{ label: 'One', value: 1 }, { label: 'Two', value: 2 }] });
    expect(html).toMatch(/<option value="1" selected="">Two<\/option>/);
    expect(render('Select', { placeholder: 'Add a KPI', options: [{ label: 'Win rate', value: 'win_rate' }] })).toContain('Add a KPI');
  });

  it('puts the validation message under an input in error', () => {
    const html = render('NumberInput', { label: 'Weight', value: 50, error: true, validationMessage: 'weights add up to 110' });
    expect(html).toContain('hs-field--error');
    expect(html).toContain('weights add up to 110');
    expect(html).toContain('value="50"');
  });
});
