import { useState, type SyntheticEvent } from 'react';
import { api, asApiError, type Contact } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';

type Values = { name: string; title: string; email: string; linkedinUrl: string };

const fieldIds: Record<keyof Values, string> = {
  name: 'contact-name',
  title: 'contact-title',
  email: 'contact-email',
  linkedinUrl: 'contact-linkedin',
};

const idFor = (field: string) => (field in fieldIds ? fieldIds[field as keyof Values] : undefined);

type Props = { applicationId: string; onAdded: (contact: Contact) => void };

export function AddContactForm({ applicationId, onAdded }: Props) {
  const [values, setValues] = useState<Values>({ name: '', title: '', email: '', linkedinUrl: '' });
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (values.name.trim() === '') {
      setErrors({
        message: 'Some details need a fix.',
        fields: [{ field: 'name', message: 'Name is required.' }],
      });
      return;
    }
    setErrors(null);
    setIsSaving(true);
    try {
      onAdded(await api.addContact(applicationId, values));
    } catch (caught) {
      const error = asApiError(caught);
      setErrors({ message: error.message, fields: error.fields });
      setIsSaving(false);
    }
  };

  const field = (name: keyof Values) => ({
    id: fieldIds[name],
    name,
    error: errorFor(errors, name),
    children: (control: object) => (
      <input
        {...control}
        type={name === 'email' ? 'email' : name === 'linkedinUrl' ? 'url' : 'text'}
        value={values[name]}
        onChange={(event) => {
          setValues((current) => ({ ...current, [name]: event.target.value }));
        }}
      />
    ),
  });

  return (
    <form
      className="form add-contact"
      noValidate
      aria-labelledby="add-contact-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h3 id="add-contact-title">Add a contact</h3>
      <ErrorSummary errors={errors} idFor={idFor} />
      <div className="form-grid">
        <Field {...field('name')} label="Name" isRequired />
        <Field {...field('title')} label="Title" hint="Their job title, if you know it." />
        <Field {...field('email')} label="Email" />
        <Field {...field('linkedinUrl')} label="LinkedIn URL" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={isSaving}>
          {isSaving ? 'Adding…' : 'Add contact'}
        </button>
      </div>
    </form>
  );
}
