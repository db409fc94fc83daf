// A stand-in for CAKE's addedit.asmx Contact, typed as CAKE's own V1 parameter
// pages type it ("[Addedit] Contact (V1)"): entity_type an enum, entity_id and
// contact_id int, include_in_mass_email bool, contact_department_id and
// contact_language_id byte, contact_im_service int, the rest strings.
// It records what ASMX bound for each call (served at /__bound by AspNetHost).
using System.Collections.Generic;
using System.Web.Script.Serialization;
using System.Web.Services;

namespace CrmwireInterop
{
    public enum entity_type { affiliate, advertiser, buyer, list_manager }

    public class contact_addedit_response
    {
        public bool success;
        public string message;
        public int contact_id;
    }

    [WebService(Namespace = "http://cakemarketing.com/api/1/")]
    [WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
    public class addedit : WebService
    {
        public const string ApiKey = "interop-key";

        [WebMethod]
        public contact_addedit_response Contact(
            string api_key, entity_type entity_type, int entity_id, int contact_id,
            bool include_in_mass_email, string contact_first_name, string contact_middle_name,
            string contact_last_name, string contact_email_address, string contact_password,
            string contact_title, byte contact_department_id, string contact_phone_work,
            string contact_phone_cell, string contact_phone_fax, int contact_im_service,
            string contact_im_name, string contact_timezone, byte contact_language_id)
        {
            var bound = new Dictionary<string, object>
            {
                {"api_key", api_key}, {"entity_type", entity_type.ToString()},
                {"entity_id", entity_id}, {"contact_id", contact_id},
                {"include_in_mass_email", include_in_mass_email},
                {"contact_first_name", contact_first_name}, {"contact_middle_name", contact_middle_name},
                {"contact_last_name", contact_last_name}, {"contact_email_address", contact_email_address},
                {"contact_password", contact_password}, {"contact_title", contact_title},
                {"contact_department_id", (int)contact_department_id},
                {"contact_phone_work", contact_phone_work}, {"contact_phone_cell", contact_phone_cell},
                {"contact_phone_fax", contact_phone_fax}, {"contact_im_service", contact_im_service},
                {"contact_im_name", contact_im_name}, {"contact_timezone", contact_timezone},
                {"contact_language_id", (int)contact_language_id},
            };
            BoundLog.Add(new JavaScriptSerializer().Serialize(bound));
            var reply = new contact_addedit_response();
            if (api_key != ApiKey)
            {
                reply.message = "Invalid API Key";
                return reply;
            }
            reply.success = true;
            reply.contact_id = contact_id == 0 ? 3590 : contact_id;
            // XmlSerializer leaves a null string out of the reply: a title of
            // "no message" makes this stand-in send none.
            if (contact_title != "no message")
            {
                reply.message = "Contact " + contact_first_name + " " + contact_last_name
                    + (contact_id == 0 ? " Created" : " Updated");
            }
            return reply;
        }
    }
}
