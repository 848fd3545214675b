CREATE TABLE "mail_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"message_id" text NOT NULL,
	"application_id" text,
	"received_at" timestamp with time zone NOT NULL,
	"subject" text NOT NULL,
	"sender" text NOT NULL,
	"label" text NOT NULL,
	"confidence" double precision NOT NULL,
	"stage" text,
	"reapply_invited" boolean,
	"company" text,
	"role" text,
	"contact_name" text,
	"body_text" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_messages_user_message" ON "mail_messages" USING btree ("user_id","message_id");--> statement-breakpoint
CREATE INDEX "mail_messages_user_status" ON "mail_messages" USING btree ("user_id","status");