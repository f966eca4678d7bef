import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type ValidationMetadata = Parameters<Storage['addValidationMetadata']>[0];

const memoized = new WeakSet<Storage>();

/**
 * class-validator looks up the rules of the class it validates by testing every class that has
 * rules for being its ancestor, on every validation (typestack/class-validator#2686): 2.5 % of
 * the API's CPU on reads, for a query DTO of a few fields. A class's rules are fixed once its
 * decorators have run, so each answer is kept per class and arguments; a rule declared later
 * (a class loaded after the first validation) drops every kept answer.
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let answers = new WeakMap<Parameters<Lookup>[0], Map<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata: ValidationMetadata) => {
    answers = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let byArguments = answers.get(target);
    if (!byArguments) answers.set(target, (byArguments = new Map()));
    let answer = byArguments.get(key);
    if (!answer) byArguments.set(key, (answer = lookup(target, schema, always, strictGroups, groups)));
    // a copy: the caller owns what it receives, as before
    return answer.slice();
  };
}
