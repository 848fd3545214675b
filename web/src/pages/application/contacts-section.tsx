import { useRef, useState } from 'react';
import { api, asApiError, type Contact } from '../../api.js';
import { useStatus } from '../../status.js';
import { AddContactForm } from './add-contact-form.js';

type Props = { applicationId: string; contacts: Contact[]; onChanged: () => void };

export function ContactsSection({ applicationId, contacts, onChanged }: Props) {
  const { announce } = useStatus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [formKey, setFormKey] = useState(0);

  const unlink = async (contact: Contact) => {
    setBusyId(contact.id);
    setError('');
    try {
      await api.unlinkContact(applicationId, contact.id);
      announce(`${contact.name} is no longer linked here. Their details are kept.`);
      headingRef.current?.focus();
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="contacts-title">
      <h2 id="contacts-title" ref={headingRef} tabIndex={-1}>
        Contacts
      </h2>
      <p className="section-intro">People you met or wrote to for this application.</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {contacts.length === 0 ? (
        <p className="quiet">No contacts linked yet.</p>
      ) : (
        <ul className="contact-list" aria-labelledby="contacts-title">
          {contacts.map((contact) => (
            <li key={contact.id} className="contact">
              <div className="contact-details">
                <p className="contact-name">{contact.name}</p>
                {contact.title && <p className="quiet">{contact.title}</p>}
                <p className="contact-links">
                  {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                  {contact.linkedinUrl && (
                    <a href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer">
                      LinkedIn<span className="visually-hidden"> profile of {contact.name}</span>
                    </a>
                  )}
                </p>
              </div>
              <button
                type="button"
                className="button button-quiet button-small"
                disabled={busyId === contact.id}
                onClick={() => {
                  void unlink(contact);
                }}
              >
                Unlink<span className="visually-hidden"> {contact.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddContactForm
        key={formKey}
        applicationId={applicationId}
        onAdded={(contact) => {
          announce(`Added ${contact.name} to this application.`);
          setFormKey((n) => n + 1);
          onChanged();
        }}
      />
    </section>
  );
}
