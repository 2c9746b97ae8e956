import { ChoiceQuestion } from './choice-question';
import { NumberQuestion } from './number-question';
import type { QuestionProps } from './question-parts';
import { ScaleQuestion } from './scale-question';
import { TextQuestion } from './text-question';

/** One question, in the control its kind asks for. */
export function QuestionField(props: QuestionProps) {
  switch (props.question.kind) {
    case 'single':
    case 'multi':
      return <ChoiceQuestion {...props} />;
    case 'number':
      return <NumberQuestion {...props} />;
    case 'scale':
      return <ScaleQuestion {...props} />;
    case 'text':
      return <TextQuestion {...props} />;
  }
}
