import 'reflect-metadata';
import { getMetadataStorage, IsInt, IsString, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata-memo';

class Base {
  @IsString()
  title: unknown = 1;
}

class Child extends Base {
  @IsInt()
  year: unknown = 'x';
}

const failedFields = async (value: object) => (await validate(value)).map((error) => error.property).sort();

describe('memoizeValidationMetadata', () => {
  beforeAll(() => memoizeValidationMetadata());

  it('keeps answering with the rules of the class and of its ancestors', async () => {
    expect(await failedFields(new Child())).toEqual(['title', 'year']);
    expect(await failedFields(new Child())).toEqual(['title', 'year']);
    expect(await failedFields(new Base())).toEqual(['title']);
  });

  it('sees a rule declared after the class was first validated', async () => {
    class Late extends Base {
      code: unknown = 2;
    }
    expect(await failedFields(new Late())).toEqual(['title']);
    IsString()(Late.prototype, 'code');
    expect(await failedFields(new Late())).toEqual(['code', 'title']);
  });

  it('gives each caller its own list, so changing one answer changes no other', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    first.length = 0;
    const fields = storage.getTargetValidationMetadatas(Child, '', false, false).map((m) => m.propertyName);
    expect(fields.sort()).toEqual(['title', 'year']);
  });
});
