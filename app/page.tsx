import Link from "next/link";
import { connection } from "next/server";
import { NextStepsList } from "@/components/home/next-steps-list";
import { nextStepsFor } from "@/components/home/next-steps";
import { TaskList } from "@/components/returns/task-list";
import { authorise } from "@/lib/request/authorise";
import { listDefaultAmbitions } from "@/lib/catalogue/list-default-ambitions";
import { db } from "@/lib/db/prisma";
import { copy } from "@/lib/copy/en";
import { listTasks } from "@/lib/returns/list-tasks";

export default async function HomePage() {
  // Rendered per request: the ambitions come from the database, which a build never sees.
  await connection();
  const user = await authorise("catalogue.read", { type: "system" }, "/");
  const [data, tasks] = await Promise.all([listDefaultAmbitions(db()), listTasks(db(), user)]);
  return (
    <>
      <h1>{copy.home.title}</h1>
      <p className="nhsuk-lede-text">{copy.home.lede}</p>
      <NextStepsList steps={nextStepsFor(user)} />
      <TaskList tasks={tasks} />
      <h2>{copy.home.ambitionsHeading}</h2>
      {data ? (
        <>
          <ol className="nhsuk-list" aria-label={copy.home.ambitionsHeading}>
            {data.ambitions.map((ambition) => (
              <li key={ambition.number} className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading">
                    Ambition {ambition.number}: {ambition.name}
                  </h3>
                  <p className="nhsuk-card__description">{ambition.statement}</p>
                </div>
              </li>
            ))}
          </ol>
          <p className="nhsuk-body-s">{copy.home.catalogueCaption(data.catalogue.title)}</p>
          <p>
            <Link href="/catalogue">{copy.home.catalogueLink}</Link>
          </p>
        </>
      ) : (
        <p>{copy.home.noCatalogue}</p>
      )}
    </>
  );
}
