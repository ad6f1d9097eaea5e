
i
$019ca87b-03c5-7a19-a9bd-e817f023f53d"zfs-auto-snap(Å‡ìÃÊ3Z'"%
tank/vm@auto-01132tank/vmˆíÍ(
i
$019ca87b-0434-79c8-a2cf-a1154a451006"zfs-auto-snap(´ˆìÃÊ3Z'"%
tank/vm@auto-01134tank/vmˆíÍ(
i
$019ca87b-0471-7341-8391-a030ddfc070d"zfs-auto-snap(ñˆìÃÊ3Z'"%
tank/vm@auto-01143tank/vmˆíÍ(
i
$019ca87b-04bc-772e-88f9-1f0b478ac093"zfs-auto-snap(¼‰ìÃÊ3Z'"%
tank/vm@auto-01148tank/vmˆíÍ(
e
$019ca87b-0534-793c-be6e-716cf1ddd609"zfs(´ŠìÃÊ3Z-+
tank/vmtank
filesystem"/mnt/tank/vm0
W
$019ca87b-0598-78c6-9b68-d1f3caee0de6"zfs(˜‹ìÃÊ3Z
tank/vmtank
filesystem0
L
$019ca87b-0611-7d21-8f6b-63403d56a59f"disk-monitor(‘ŒìÃÊ3Z2	
sda#
X
$019ca87b-0666-715d-952a-c93c73ccece3"svc-monitor(æŒìÃÊ3r

zedrunning­0 ˆ(
L
$019ca87b-067b-78b6-96a3-e316731b47c2"disk-monitor(ûŒìÃÊ3Z2	
sdd
Y
$019ca87b-06ba-7845-8df8-77da718f62da"svc-monitor(ºìÃÊ3r

sshdrunning¢3 ˆ(
L
$019ca87b-06c3-78d1-a38b-6c996dd84875"disk-monitor(ÃìÃÊ3Z2	
sdb
s
$019ca87b-06fc-75de-8bb2-fc8cbabadcab"auth(üìÃÊ32

session_idsess-524j"
 
davepassword192.168.1.45 
Z
$019ca87b-0715-76ed-b8af-c89620d4f350"svc-monitor(•ìÃÊ3r

smbdrunningöµ ‰(
Y
$019ca87b-0751-726d-bda9-429f3487be48"svc-monitor(ÑìÃÊ3r

sshdrunning¢3 ‰(
Y
$019ca87b-0778-7d2d-8fb9-01e55cea0aba"svc-monitor(øìÃÊ3r

nfsdrunningÔ ‰(
X
$019ca87b-07ae-769b-bfb3-ddd2fac6e282"svc-monitor(®ìÃÊ3r

zedrunning­0 ‰(
Y
$019ca87b-07b9-7b5b-8a2e-7bc508d5572d"svc-monitor(¹ìÃÊ3r

sshdrunning¢3 ‰(
L
$019ca87b-07f6-758b-a4ed-700a550d39a5"disk-monitor(öìÃÊ3Z2	
sdd$
]
$019ca87b-083b-738f-ba2b-6b84f65c7df7"net(»ìÃÊ3b%#
	10.0.0.1910.0.0.1å¿ ½*tcp0
u
$019ca87b-0848-7936-b42b-bc7090d4115b"zfs-auto-snap(ÈìÃÊ3Z3"1
tank/media@auto-01149
tank/media‰íÍ €úòà(
o
$019ca87b-0862-74e8-a0d7-e07475cca988"zfs-auto-snap(âìÃÊ3Z-"+
tank/media@auto-01139
tank/media‰íÍ(
\
$019ca87b-087c-7cf0-937e-e3aa1e7b8f02"net(üìÃÊ3b$"
10.0.0.410.0.0.1÷Ç *tcp0
]
$019ca87b-089f-7c87-9428-fd4419baf9da"net(Ÿ‘ìÃÊ3b%#
	10.0.0.2310.0.0.1ÉÀ ½*tcp0
L
$019ca87b-08f1-7c55-88b6-b8e687d604e8"disk-monitor(ñ‘ìÃÊ3Z2	
sde%
]
$019ca87b-0943-7c39-a070-2d1a464aab50"net(Ã’ìÃÊ3b%#
	10.0.0.2710.0.0.1¶› *tcp0
_
$019ca87b-0996-7ede-8404-719124574fe2"net(–“ìÃÊ3b'%
192.168.1.3010.0.0.1çÁ *tcp0
X
$019ca87b-0a04-7f2f-84c0-efb1807a9ab1"svc-monitor(„”ìÃÊ3r

zedrunning­0 Š(
\
$019ca87b-0a4a-781e-9a0f-02416d5a79db"net(Ê”ìÃÊ3b$"
10.0.0.610.0.0.1¤è *tcp0
Y
$019ca87b-0a5f-7b68-be15-5153f007338a"svc-monitor(ß”ìÃÊ3r

sshdrunning¢3 Š(
]
$019ca87b-0a74-7da3-aab8-f556fe1bf559"net(ô”ìÃÊ3b%#
	10.0.0.3110.0.0.1÷‹ *tcp0
\
$019ca87b-0aa8-7df7-9b1d-9459389b5dc4"net(¨•ìÃÊ3b$"
10.0.0.410.0.0.1­» ½*tcp0
Y
$019ca87b-0afe-77a5-9b80-59a428d567ac"svc-monitor(ş•ìÃÊ3r

sshdrunning¢3 ‹(
]
$019ca87b-0b69-7fa4-8d01-dae9b58c55b0"net(é–ìÃÊ3b%#
	10.0.0.2110.0.0.1¾ *tcp0
L
$019ca87b-0b74-7bee-a12f-7eb43fca9302"disk-monitor(ô–ìÃÊ3Z2	
sda$
`
$019ca87b-0bb1-7bf1-a2a9-9d0834463553"svc-monitor(±—ìÃÊ3r 

rodent-syncrunningú; ‹(
]
$019ca87b-0bff-7439-804e-2291933cc70b"net(ÿ—ìÃÊ3b%#
	10.0.0.2110.0.0.1ø *tcp0
L
$019ca87b-0c04-7657-91c9-06043d2707b9"disk-monitor(„˜ìÃÊ3Z2	
sda
Z
$019ca87b-0c15-7a51-ae0c-0a6b92239911"svc-monitor(•˜ìÃÊ3r

smbdrunningöµ ‹(
s
$019ca87b-0c3c-787c-8a63-a99e7e81abc2"zfs-auto-snap(¼˜ìÃÊ3Z1"/
tank/home@auto-01150	tank/homeŠíÍ €ˆîß(
m
$019ca87b-0c7a-7ed7-85d3-46e2e76c493d"zfs-auto-snap(ú˜ìÃÊ3Z+")
tank/home@auto-01111	tank/homeŠíÍ(
_
$019ca87b-0cc7-7f28-8747-3494f796d0f2"net(Ç™ìÃÊ3b'%
192.168.1.3510.0.0.1›‘ *tcp0
L
$019ca87b-0d25-71e3-8622-19ef8335270d"disk-monitor(¥šìÃÊ3Z2	
sdd
_
$019ca87b-0d75-7708-a70b-9a149ca1263d"net(õšìÃÊ3b'%
192.168.1.1210.0.0.1½ *tcp0
\
$019ca87b-0dab-7a3a-a763-c6b1c423605a"net(«›ìÃÊ3b$"
10.0.0.510.0.0.1é• *tcp0
Y
$019ca87b-0dc4-7be4-b89c-7b985eb8cbbe"svc-monitor(Ä›ìÃÊ3r

sshdrunning¢3 Œ(
]
$019ca87b-0dcc-74a9-bfe4-73119276b76b"net(Ì›ìÃÊ3b%#
	10.0.0.3710.0.0.1´ª ½*tcp0
L
$019ca87b-0df6-73f5-a4d8-207c7f28cd67"disk-monitor(ö›ìÃÊ3Z2	
sda
Z
$019ca87b-0e14-73c8-9992-a73e557b5f0f"svc-monitor(”œìÃÊ3r

smbdrunningöµ Œ(
Y
$019ca87b-0e67-744d-827f-e7e76a0c981e"svc-monitor(çœìÃÊ3r

sshdrunning¢3 Œ(
Y
$019ca87b-0eb6-7345-b9f6-72efb460c1a8"svc-monitor(¶ìÃÊ3r

nfsdrunningÔ Œ(
L
$019ca87b-0f04-7b94-8c30-6dc0481acb78"disk-monitor(„ìÃÊ3Z2	
sde!
]
$019ca87b-0f70-7004-9bb5-00504ae29849"net(ğìÃÊ3b%#
	10.0.0.1010.0.0.1öÁ ½*tcp0
L
$019ca87b-0fde-71a8-8f18-e7062bc79fb4"disk-monitor(ŞŸìÃÊ3Z2	
sdd!
Y
$019ca87b-0feb-719e-bcfe-75a123ed5a7f"svc-monitor(ëŸìÃÊ3r

sshdrunning¢3 (
_
$019ca87b-0ffe-7dd8-bc55-aad75bf6e117"net(şŸìÃÊ3b'%
192.168.1.1510.0.0.1¯È *tcp0
Y
$019ca87b-1049-7383-9b9f-2f508060c918"svc-monitor(É ìÃÊ3r

sshdrunning¢3 (
X
$019ca87b-1076-799d-8355-5951ba470d0b"svc-monitor(ö ìÃÊ3r

zedrunning­0 (
L
$019ca87b-1090-717d-9fac-e716b8aa6a70"disk-monitor(¡ìÃÊ3Z2	
sdb"
L
$019ca87b-10ca-7650-a1b2-195b8cfbbcab"disk-monitor(Ê¡ìÃÊ3Z2	
sdd 
`
$019ca87b-10dd-7663-b9b1-d57a20d3577e"svc-monitor(İ¡ìÃÊ3r 

rodent-syncrunningú; (
s
$019ca87b-112e-7582-9652-6b99b70e1ea2"auth(®¢ìÃÊ32

session_idsess-525j"
 
davepassword192.168.1.18 
L
$019ca87b-1134-76b2-9c41-36d96e4f1e10"disk-monitor(´¢ìÃÊ3Z2	
sde$
L
$019ca87b-1193-769a-84ab-6f8c731d607b"disk-monitor(“£ìÃÊ3Z2	
sde'
X
$019ca87b-11ff-72ed-8ece-c3119ac9c056"svc-monitor(ÿ£ìÃÊ3r

zedrunning­0 (
]
$019ca87b-1243-76a3-9cf6-ce70e704f6b7"net(Ã¤ìÃÊ3b%#
	10.0.0.3210.0.0.1Â¸ *tcp0
}
$019ca87b-1265-76cc-a15f-7a3365f8d49d"zfs-auto-snap(å¤ìÃÊ3Z;"9
backup/archive@auto-01151backup/archive‹íÍ À£¢³(
w
$019ca87b-127f-7052-82d2-861625ed2874"zfs-auto-snap(ÿ¤ìÃÊ3Z5"3
backup/archive@auto-01138backup/archive‹íÍ(
Z
$019ca87b-12a8-70dd-80d5-afd78a638555"svc-monitor(¨¥ìÃÊ3r

smbdrunningöµ (
X
$019ca87b-130d-79f1-9e17-a5707b72d143"svc-monitor(¦ìÃÊ3r

zedrunning­0 (
s
$019ca87b-1336-78c1-a969-fd9572611796"auth(¶¦ìÃÊ32

session_idsess-525j"
 
davepassword192.168.1.42 
L
$019ca87b-1374-704c-b88b-9f1f00042ce8"disk-monitor(ô¦ìÃÊ3Z2	
sdb&
L
$019ca87b-138d-7bbe-8b0c-46ef27634e32"disk-monitor(§ìÃÊ3Z2	
sda"
L
$019ca87b-13c6-72df-8d01-b391fca27a10"disk-monitor(Æ§ìÃÊ3Z2	
sda
Z
$019ca87b-13df-73ef-b954-212457652a71"svc-monitor(ß§ìÃÊ3r

smbdrunningöµ (
_
$019ca87b-142c-729e-9d5a-2d910d1abd7d"net(¬¨ìÃÊ3b'%
192.168.1.4510.0.0.1áÈ *tcp0
]
$019ca87b-145e-7ac7-aed9-ada4aad63c58"net(Ş¨ìÃÊ3b%#
	10.0.0.3910.0.0.1¯à ½*tcp0
_
$019ca87b-146c-7a55-9742-b121f5e274d8"net(ì¨ìÃÊ3b'%
192.168.1.2410.0.0.1í± *tcp0
u
$019ca87b-14b0-7bdc-bcdf-21f2bae1bd20"zfs-auto-snap(°©ìÃÊ3Z3"1
tank/media@auto-01152
tank/mediaŒíÍ Àì©ë	(
o
$019ca87b-1503-7684-8443-e3f1bf56169a"zfs-auto-snap(ƒªìÃÊ3Z-"+
tank/media@auto-01141
tank/mediaŒíÍ(
`
$019ca87b-157f-76ce-83af-277bfd975834"svc-monitor(ÿªìÃÊ3r 

rodent-syncrunningú; (
]
$019ca87b-1593-7c95-afb5-ea414ec9a81d"net(“«ìÃÊ3b%#
	10.0.0.2710.0.0.1¨Ã ½*tcp0
Y
$019ca87b-15f2-71c1-ad8d-3bcdab657a81"svc-monitor(ò«ìÃÊ3r

nfsdrunningÔ (
\
$019ca87b-1665-743c-84a4-fe65c2de2ced"auth(å¬ìÃÊ3j#
!
carolpassword192.168.1.36 
L
$019ca87b-16e0-7593-a252-c63d7d6ab8c5"disk-monitor(à­ìÃÊ3Z2	
sdd
L
$019ca87b-1708-71d0-8b3d-9be895ae0438"disk-monitor(ˆ®ìÃÊ3Z2	
sda$
]
$019ca87b-1768-797a-92fe-0e5d51a24b44"net(è®ìÃÊ3b%#
	10.0.0.1110.0.0.1ÑÒ ½*tcp0
}
$019ca87b-17ab-74fa-844a-32b30a8c317d"zfs-auto-snap(«¯ìÃÊ3Z;"9
backup/archive@auto-01153backup/archiveíÍ €·®¤(
w
$019ca87b-17e5-74f6-9d07-90a79ed2e745"zfs-auto-snap(å¯ìÃÊ3Z5"3
backup/archive@auto-01140backup/archiveíÍ(
`
$019ca87b-182d-77e5-bc21-b911db9c448b"svc-monitor(­°ìÃÊ3r 

rodent-syncrunningú; (
]
$019ca87b-185a-7540-83c9-e94bb696e797"net(Ú°ìÃÊ3b%#
	10.0.0.1310.0.0.1ş¾ ½*tcp0
L
$019ca87b-1875-77fc-8923-da381537c4ff"disk-monitor(õ°ìÃÊ3Z2	
sda"
_
$019ca87b-188a-7864-82a5-5c47a7f93d3f"net(Š±ìÃÊ3b'%
192.168.1.3410.0.0.1Õ *tcp0
Z
$019ca87b-1902-78b5-84ae-cf7d15203559"svc-monitor(‚²ìÃÊ3r

smbdrunningöµ ‘(
_
$019ca87b-195f-710a-9bf4-7556e07636f1"net(ß²ìÃÊ3b'%
192.168.1.4910.0.0.1ùÜ *tcp0
s
$019ca87b-19a3-7687-ade2-37176dbddd06"zfs-auto-snap(£³ìÃÊ3Z1"/
tank/home@auto-01154	tank/homeíÍ ÀÎÕ­(
m
$019ca87b-1a02-7381-82b7-57bdddb2a1bf"zfs-auto-snap(‚´ìÃÊ3Z+")
tank/home@auto-01127	tank/homeíÍ(
\
$019ca87b-1a4a-73e5-ba25-eb7d582dd0c4"net(Ê´ìÃÊ3b$"
10.0.0.710.0.0.1´¢ ½*tcp0
Y
$019ca87b-1a6a-7aa7-a0e3-864478051f1a"svc-monitor(ê´ìÃÊ3r

sshdrunning¢3 ‘(
L
$019ca87b-1abc-78da-b938-ef4a66095a7e"disk-monitor(¼µìÃÊ3Z2	
sdb%
t
$019ca87b-1aec-7095-a862-0523b817ac00"auth(ìµìÃÊ32

session_idsess-526j#
!
carolpassword192.168.1.23 
}
$019ca87b-1b31-7c67-941f-3efea2d2ac79"zfs-auto-snap(±¶ìÃÊ3Z;"9
backup/archive@auto-01155backup/archiveíÍ €×”«(
w
$019ca87b-1b7c-7a9b-93cc-d9a3cb93e957"zfs-auto-snap(ü¶ìÃÊ3Z5"3
backup/archive@auto-01144backup/archiveíÍ(
t
$019ca87b-1ba7-78aa-b4a0-5f0dc5e255de"auth(§·ìÃÊ32

session_idsess-527j#
!
carolpassword192.168.1.37 
]
$019ca87b-1bbb-72fd-95c4-c5a8e72b039e"net(»·ìÃÊ3b%#
	10.0.0.2010.0.0.1Ù— ½*tcp0
\
$019ca87b-1be9-74b3-bef1-f32b8e30aa4f"net(é·ìÃÊ3b$"
10.0.0.610.0.0.1çÁ *tcp0
\
$019ca87b-1c2f-7c32-afe8-4377c85c08ee"net(¯¸ìÃÊ3b$"
10.0.0.810.0.0.1†Û ½*tcp0
]
$019ca87b-1c69-7e33-a94f-da71b8d34b23"net(é¸ìÃÊ3b%#
	10.0.0.3410.0.0.1ó¿ ½*tcp0
Y
$019ca87b-1c8f-7008-bfbf-4c4c2a416098"svc-monitor(¹ìÃÊ3r

sshdrunning¢3 ’(
]
$019ca87b-1d06-7a9a-9f20-df0d87a4ac64"net(†ºìÃÊ3b%#
	10.0.0.1310.0.0.1Üˆ *tcp0
Z
$019ca87b-1d55-793e-a011-85cd3a4f7b7e"svc-monitor(ÕºìÃÊ3r

smbdrunningöµ ’(
Z
$019ca87b-1d97-728e-9d63-4d479a9da603"svc-monitor(—»ìÃÊ3r

smbdrunningöµ “(
L
$019ca87b-1dd3-7f82-91b0-86326c56082b"disk-monitor(Ó»ìÃÊ3Z2	
sda 
]
$019ca87b-1dff-7894-9101-36e693b6f5c3"net(ÿ»ìÃÊ3b%#
	10.0.0.4110.0.0.1óÛ ½*tcp0
\
$019ca87b-1e2b-7cc7-98fc-b7e3f61afa9a"net(«¼ìÃÊ3b$"
10.0.0.710.0.0.1î„ ½*tcp0
L
$019ca87b-1e7a-73c5-b37b-2d3317c541e9"disk-monitor(ú¼ìÃÊ3Z2	
sdd'
L
$019ca87b-1e9a-71ff-987e-7dea4d6ca05a"disk-monitor(š½ìÃÊ3Z2	
sdd$
]
$019ca87b-1eef-7fff-91f0-aa63a074ec2a"net(ï½ìÃÊ3b%#
	10.0.0.2110.0.0.1‰• *tcp0
u
$019ca87b-1ef7-7836-9f12-00a9d5fbe0cd"zfs-auto-snap(÷½ìÃÊ3Z3"1
tank/media@auto-01156
tank/mediaíÍ ÀµÕ‹(
o
$019ca87b-1f70-78b9-8d43-6fad1dd3eb9e"zfs-auto-snap(ğ¾ìÃÊ3Z-"+
tank/media@auto-01142
tank/mediaíÍ(
Z
$019ca87b-1f87-70e4-a1c9-d5d82832203b"svc-monitor(‡¿ìÃÊ3r

smbdrunningöµ “(
L
$019ca87b-1fd7-760f-aec8-c64cf7d32ce4"disk-monitor(×¿ìÃÊ3Z2	
sdd#
Z
$019ca87b-2036-7c59-8a52-90cc3dab0748"svc-monitor(¶ÀìÃÊ3r

smbdrunningöµ ”(
\
$019ca87b-208e-7119-bbf3-be46a1562352"net(ÁìÃÊ3b$"
10.0.0.710.0.0.1ì© *tcp0
X
$019ca87b-20f3-74a2-a0c0-b756492e7c5a"svc-monitor(óÁìÃÊ3r

zedrunning­0 ”(
L
$019ca87b-2105-7b6d-ae3f-45becb75bf8b"disk-monitor(…ÂìÃÊ3Z2	
sdb%
Y
$019ca87b-2160-7fe2-8b46-933e89668732"svc-monitor(àÂìÃÊ3r

sshdrunning¢3 ”(
]
$019ca87b-21da-79c3-9cff-6da8b4399108"net(ÚÃìÃÊ3b%#
	10.0.0.1610.0.0.1±Ğ ½*tcp0
Y
$019ca87b-2254-731d-9b8b-8ac838686f55"svc-monitor(ÔÄìÃÊ3r

nfsdrunningÔ ”(
t
$019ca87b-2284-7c18-bead-fc4fec1cf932"auth(„ÅìÃÊ32

session_idsess-526j#
!
carolpassword192.168.1.14 
L
$019ca87b-229b-7c27-9a42-45d07dae6da4"disk-monitor(›ÅìÃÊ3Z2	
sdd!
X
$019ca87b-22ee-7490-92f9-d8c4e8085b5c"svc-monitor(îÅìÃÊ3r

zedrunning­0 •(
]
$019ca87b-231f-7d79-bdff-78b1bc2d06e4"net(ŸÆìÃÊ3b%#
	10.0.0.4010.0.0.1É¬ ½*tcp0
]
$019ca87b-2388-72e4-bf77-5309ad70b2ba"net(ˆÇìÃÊ3b%#
	10.0.0.3710.0.0.1êŒ *tcp0
X
$019ca87b-23d1-7d8b-8035-93b7604207d9"svc-monitor(ÑÇìÃÊ3r

zedrunning­0 •(
Z
$019ca87b-240e-769e-b7d2-8bc05c721cfa"svc-monitor(ÈìÃÊ3r

smbdrunningöµ •(
X
$019ca87b-2462-752f-b6ea-7bb78e83adac"svc-monitor(âÈìÃÊ3r

zedrunning­0 •(
L
$019ca87b-24a1-77f2-aec9-a02dc6a544ac"disk-monitor(¡ÉìÃÊ3Z2	
sda"
L
$019ca87b-24b6-7690-a99b-04dda5450025"disk-monitor(¶ÉìÃÊ3Z2	
sde&
X
$019ca87b-24c1-71d2-ad3e-363db992e567"svc-monitor(ÁÉìÃÊ3r

zedrunning­0 •(
s
$019ca87b-2535-76d4-b112-35abd5d2e251"zfs-auto-snap(µÊìÃÊ3Z1"/
tank/home@auto-01157	tank/homeíÍ ÀÄ÷™(
m
$019ca87b-2582-76f6-b9ec-c6762b250ca8"zfs-auto-snap(‚ËìÃÊ3Z+")
tank/home@auto-01129	tank/homeíÍ(
Y
$019ca87b-25bb-71eb-9e5f-33e1a09b23db"svc-monitor(»ËìÃÊ3r

sshdrunning¢3 –(
L
$019ca87b-25c8-798c-9cdb-6b059111d5d9"disk-monitor(ÈËìÃÊ3Z2	
sde!
L
$019ca87b-2600-7389-a655-2341f3a39e0f"disk-monitor(€ÌìÃÊ3Z2	
sda&
L
$019ca87b-263a-75b7-a0e4-b56ad21490bb"disk-monitor(ºÌìÃÊ3Z2	
sdb&
s
$019ca87b-2664-7988-9186-e3c1e48ed9b3"zfs-auto-snap(äÌìÃÊ3Z1"/
tank/home@auto-01158	tank/homeíÍ À©¶ù
(
m
$019ca87b-26cd-76df-97f4-33d40c604cb4"zfs-auto-snap(ÍÍìÃÊ3Z+")
tank/home@auto-01146	tank/homeíÍ(
Y
$019ca87b-271a-7790-90c3-3f4345e33043"svc-monitor(šÎìÃÊ3r

sshdrunning¢3 –(
L
$019ca87b-274a-76af-bf16-4086279fe025"disk-monitor(ÊÎìÃÊ3Z2	
sdb%
L
$019ca87b-2777-7001-ba9f-e6d1b4a456ed"disk-monitor(÷ÎìÃÊ3Z2	
sde&
Y
$019ca87b-27bd-7ff5-9f86-3af299d1b680"svc-monitor(½ÏìÃÊ3r

sshdrunning¢3 —(
Y
$019ca87b-2819-7397-ae68-5572fb5c9567"svc-monitor(™ĞìÃÊ3r

nfsdrunningÔ —(
L
$019ca87b-285d-77c2-ba77-830eb4a90569"disk-monitor(İĞìÃÊ3Z2	
sdb%
t
$019ca87b-2892-742a-b3c6-117549e46913"auth(’ÑìÃÊ32

session_idsess-528j#
!
alicepassword192.168.1.44 
r
$019ca87b-2902-749c-8c03-be3ab8ab19b9"auth(‚ÒìÃÊ32

session_idsess-529j!

bobpassword192.168.1.18 
X
$019ca87b-2913-7c84-a2b9-cabbf64f3a46"svc-monitor(“ÒìÃÊ3r

zedrunning­0 —(
L
$019ca87b-2975-7912-945a-c8519944e312"disk-monitor(õÒìÃÊ3Z2	
sdb&
L
$019ca87b-29da-7c22-9041-99b0847f7960"disk-monitor(ÚÓìÃÊ3Z2	
sde 
]
$019ca87b-2a0e-7cde-95a1-9ca45ab6e4c0"net(ÔìÃÊ3b%#
	10.0.0.3210.0.0.1¦æ ½*tcp0
Z
$019ca87b-2a26-7612-8793-d734893b5abf"svc-monitor(¦ÔìÃÊ3r

smbdrunningöµ —(
L
$019ca87b-2a6f-77df-8b64-3ecd5ceb7284"disk-monitor(ïÔìÃÊ3Z2	
sda"
]
$019ca87b-2a79-7eaf-8f49-8648c4d69b48"net(ùÔìÃÊ3b%#
	10.0.0.2710.0.0.1‰Ó *tcp0
]
$019ca87b-2a9c-7194-a519-af667bfdabde"net(œÕìÃÊ3b%#
	10.0.0.2110.0.0.1ŸÆ ½*tcp0
L
$019ca87b-2ad8-7de7-91f2-36eca2fac7aa"disk-monitor(ØÕìÃÊ3Z2	
sdb%
]
$019ca87b-2b03-752d-87e5-5a3091e5a9df"net(ƒÖìÃÊ3b%#
	10.0.0.3210.0.0.1  ½*tcp0
]
$019ca87b-2b5b-7553-9806-2ec2c0f22fad"net(ÛÖìÃÊ3b%#
	10.0.0.2810.0.0.1àÌ *tcp0
L
$019ca87b-2b63-730a-9f53-81888800ba6d"disk-monitor(ãÖìÃÊ3Z2	
sde'
t
$019ca87b-2bac-774a-bc8b-eccfb136c8a5"auth(¬×ìÃÊ32

session_idsess-527j#
!
carolpassword192.168.1.31 
]
$019ca87b-2c23-7852-8334-d5a9f9ad7e12"net(£ØìÃÊ3b%#
	10.0.0.2610.0.0.1‹ô ½*tcp0
X
$019ca87b-2c5c-729a-acad-df13750f1e3b"svc-monitor(ÜØìÃÊ3r

zedrunning­0 ˜(
`
$019ca87b-2c64-745e-8d81-d8acf8962a5b"svc-monitor(äØìÃÊ3r 

rodent-syncrunningú; ™(
L
$019ca87b-2c76-72b5-9ffa-4822eea040b2"disk-monitor(öØìÃÊ3Z2	
sdb
t
$019ca87b-2c9c-7e80-8cd0-70cfade23c61"auth(œÙìÃÊ32

session_idsess-528j#
!
alicepassword192.168.1.27 
s
$019ca87b-2ca9-7861-a77f-082b02f9e58f"zfs-auto-snap(©ÙìÃÊ3Z1"/
tank/home@auto-01159	tank/home’íÍ ÀíÅ­(
m
$019ca87b-2ce9-7a0d-b4c3-c0a3d1028257"zfs-auto-snap(éÙìÃÊ3Z+")
tank/home@auto-01150	tank/home’íÍ(
`
$019ca87b-2cf4-7bd0-bc1a-ca24a0fe0fb9"svc-monitor(ôÙìÃÊ3r 

rodent-syncrunningú; ™(
Y
$019ca87b-2d4a-7a25-b095-a953485d9bc6"svc-monitor(ÊÚìÃÊ3r

sshdrunning¢3 ™(
L
$019ca87b-2dc6-748f-a96c-96ca82d8d9bb"disk-monitor(ÆÛìÃÊ3Z2	
sdd
]
$019ca87b-2e36-76da-86a1-0270873af18e"net(¶ÜìÃÊ3b%#
	10.0.0.3610.0.0.1È *tcp0
`
$019ca87b-2e59-785e-8864-4bd98e7d0937"svc-monitor(ÙÜìÃÊ3r 

rodent-syncrunningú; ™(
`
$019ca87b-2e62-7cda-991d-dbff58a5b901"svc-monitor(âÜìÃÊ3r 

rodent-syncrunningú; š(
t
$019ca87b-2ec7-7d6d-a746-6d3866d6bd01"auth(ÇİìÃÊ32

session_idsess-530j#
!
alicepassword192.168.1.54 
L
$019ca87b-2ef8-7581-9b2a-f3905b3f6236"disk-monitor(øİìÃÊ3Z2	
sdb
]
$019ca87b-2f30-7b46-9f9e-8ce241787121"net(°ŞìÃÊ3b%#
	10.0.0.2010.0.0.1Îß ½*tcp0
Z
$019ca87b-2fa8-7ce4-848c-1294257a63f0"svc-monitor(¨ßìÃÊ3r

smbdrunningöµ š(
Y
$019ca87b-300b-7d7e-851e-e7c7de45de6b"svc-monitor(‹àìÃÊ3r

nfsdrunningÔ š(
r
$019ca87b-3036-757d-9a9b-d19f8fda0044"zfs-auto-snap(¶àìÃÊ3Z0".
tank/home@auto-01160	tank/home“íÍ ÀØˆ2(
m
$019ca87b-3041-78f1-ac4a-cd377b76c807"zfs-auto-snap(ÁàìÃÊ3Z+")
tank/home@auto-01154	tank/home“íÍ(
L
$019ca87b-3089-7d48-a450-3a675a0829ab"disk-monitor(‰áìÃÊ3Z2	
sda"
Y
$019ca87b-30ae-7ef1-8b53-161f250c51c2"svc-monitor(®áìÃÊ3r

sshdrunning¢3 š(
]
$019ca87b-3105-7403-a31e-a86d1ec02ee8"net(…âìÃÊ3b%#
	10.0.0.3010.0.0.1Ò *tcp0
`
$019ca87b-313b-70d0-9658-1d9d316dacd6"svc-monitor(»âìÃÊ3r 

rodent-syncrunningú; ›(
u
$019ca87b-317c-7729-b26c-985fc1086077"zfs-auto-snap(üâìÃÊ3Z3"1
tank/media@auto-01161
tank/media“íÍ €›õ©(
o
$019ca87b-31cf-7a5e-b730-a6619f4484d5"zfs-auto-snap(ÏãìÃÊ3Z-"+
tank/media@auto-01147
tank/media“íÍ(
}
$019ca87b-3235-74da-b5cd-9723b976cb32"zfs-auto-snap(µäìÃÊ3Z;"9
backup/archive@auto-01162backup/archive“íÍ €ÉÆ(
w
$019ca87b-328f-71f0-a28d-7735880b0daf"zfs-auto-snap(åìÃÊ3Z5"3
backup/archive@auto-01145backup/archive”íÍ(
L
$019ca87b-3296-76dd-a2e3-40a316541058"disk-monitor(–åìÃÊ3Z2	
sde#
Y
$019ca87b-32b2-7c4b-8a74-2e0f903fc50d"svc-monitor(²åìÃÊ3r

nfsdrunningÔ ›(
L
$019ca87b-331f-7cd2-9874-303269330835"disk-monitor(ŸæìÃÊ3Z2	
sdd 
Y
$019ca87b-333e-7bd3-bd84-06f9036a66b5"svc-monitor(¾æìÃÊ3r

nfsdrunningÔ ›(
u
$019ca87b-336c-7392-b10b-6268215d43f2"zfs-auto-snap(ìæìÃÊ3Z3"1
tank/media@auto-01163
tank/media”íÍ €®™µ(
o
$019ca87b-33a9-7e4f-a64f-493e9485687d"zfs-auto-snap(©çìÃÊ3Z-"+
tank/media@auto-01149
tank/media”íÍ(
L
$019ca87b-3418-71ae-bbda-d00551b344d3"disk-monitor(˜èìÃÊ3Z2	
sdb"
L
$019ca87b-346f-7f1c-a529-0bffa3f694cb"disk-monitor(ïèìÃÊ3Z2	
sdb%
\
$019ca87b-34d9-7892-bd69-54291f44a63e"net(ÙéìÃÊ3b$"
10.0.0.210.0.0.1µ ½*tcp0
s
$019ca87b-354f-7631-b376-fd3e6a545ce0"auth(ÏêìÃÊ32

session_idsess-531j"
 
davepassword192.168.1.13 
r
$019ca87b-35a1-7e52-a00c-862e53da5ba2"auth(¡ëìÃÊ32

session_idsess-529j!

bobpassword192.168.1.32 
t
$019ca87b-35f6-7a4b-920f-3d602990a816"auth(öëìÃÊ32

session_idsess-532j#
!
alicepassword192.168.1.18 
}
$019ca87b-364c-7160-8815-b53af8c8eaa3"zfs-auto-snap(ÌììÃÊ3Z;"9
backup/archive@auto-01164backup/archive”íÍ Àÿ€(
w
$019ca87b-368f-72fe-aa8c-d68538773884"zfs-auto-snap(íìÃÊ3Z5"3
backup/archive@auto-01151backup/archive•íÍ(
`
$019ca87b-36fd-7a4a-ae21-466f40bfae0b"svc-monitor(ıíìÃÊ3r 

rodent-syncrunningú; (
]
$019ca87b-3767-70ad-b2f4-a3d0da52fba4"net(çîìÃÊ3b%#
	10.0.0.3910.0.0.1óá *tcp0
]
$019ca87b-3770-76ae-bba7-56256abc261e"net(ğîìÃÊ3b%#
	10.0.0.3410.0.0.1­µ *tcp0
\
$019ca87b-37d0-7565-9818-ead2a6f6238b"net(ĞïìÃÊ3b$"
10.0.0.410.0.0.1œĞ ½*tcp0
]
$019ca87b-37f8-73cf-a9c3-cd066867e3ad"net(øïìÃÊ3b%#
	10.0.0.1410.0.0.1¹Ä *tcp0
\
$019ca87b-380f-7a61-a17b-27962b650808"net(ğìÃÊ3b$"
10.0.0.810.0.0.1—§ *tcp0
]
$019ca87b-3889-7eba-8055-c4e79ac0d7e0"net(‰ñìÃÊ3b%#
	10.0.0.3010.0.0.1ûÇ ½*tcp0
t
$019ca87b-38c9-71dd-84da-cc4110d23e34"auth(ÉñìÃÊ32

session_idsess-530j#
!
alicepassword192.168.1.53 
s
$019ca87b-38de-7867-bd77-3b4fbbb8132e"auth(ŞñìÃÊ32

session_idsess-533j"
 
davepassword192.168.1.37 
\
$019ca87b-38f0-7b6c-9414-07f94af2ef06"net(ğñìÃÊ3b$"
10.0.0.610.0.0.1Ş¶ *tcp0
Y
$019ca87b-393a-7cfc-a8c7-fb9223d8772e"svc-monitor(ºòìÃÊ3r

nfsdrunningÔ (
\
$019ca87b-39a7-7b2d-8311-0593c9cdfb69"net(§óìÃÊ3b$"
10.0.0.510.0.0.1 ¼ *tcp0
X
$019ca87b-3a09-74db-83c5-b4e478055277"svc-monitor(‰ôìÃÊ3r

zedrunning­0 (
s
$019ca87b-3a46-7c32-9f73-03352273cbdb"auth(ÆôìÃÊ32

session_idsess-531j"
 
davepassword192.168.1.18 
t
$019ca87b-3aa1-740a-b246-2d46dc380e60"auth(¡õìÃÊ32

session_idsess-534j#
!
carolpassword192.168.1.18 
]
$019ca87b-3ab6-7fdd-9c5d-b291b242c12e"net(¶õìÃÊ3b%#
	10.0.0.3910.0.0.1´ *tcp0
Y
$019ca87b-3b05-7eb6-a773-19e3a1c1a35e"svc-monitor(…öìÃÊ3r

nfsdrunningÔ (
Y
$019ca87b-3b68-7d07-914a-8180d982e3a8"svc-monitor(èöìÃÊ3r

nfsdrunningÔ (
L
$019ca87b-3bb3-77c5-80b5-b5f31cab44b1"disk-monitor(³÷ìÃÊ3Z2	
sdb&
L
$019ca87b-3c26-7d46-8e3f-fdf340eec44e"disk-monitor(¦øìÃÊ3Z2	
sdd!
u
$019ca87b-3c60-75cf-8db3-b4f80231889f"zfs-auto-snap(àøìÃÊ3Z3"1
tank/media@auto-01165
tank/media–íÍ ÀŠ«‹(
o
$019ca87b-3cd3-7c85-844b-1178d7b2c1ae"zfs-auto-snap(ÓùìÃÊ3Z-"+
tank/media@auto-01152
tank/media–íÍ(
]
$019ca87b-3d1e-767e-ab02-c312ada330a8"net(úìÃÊ3b%#
	10.0.0.3010.0.0.1å— ½*tcp0
Y
$019ca87b-3d92-74f1-8a22-ac29e2b5346d"svc-monitor(’ûìÃÊ3r

sshdrunning¢3 Ÿ(
\
$019ca87b-3e0d-7dc2-a964-63010e94e1d3"net(üìÃÊ3b$"
10.0.0.510.0.0.1Óî ½*tcp0
X
$019ca87b-3e49-73b6-8d22-378c308eaa8a"svc-monitor(ÉüìÃÊ3r

zedrunning­0 Ÿ(
Y
$019ca87b-3e97-7946-9659-276da4701d14"svc-monitor(—ıìÃÊ3r

nfsdrunningÔ Ÿ(
t
$019ca87b-3ead-7fef-89ed-260c19655a03"auth(­ıìÃÊ32

session_idsess-532j#
!
alicepassword192.168.1.44 
X
$019ca87b-3f10-7814-b276-b782888bab47"svc-monitor(şìÃÊ3r

zedrunning­0 Ÿ(
L
$019ca87b-3f31-7af3-bf32-24c540e9ed25"disk-monitor(±şìÃÊ3Z2	
sda 
Y
$019ca87b-3f9d-768f-b64c-0f56d39596bf"svc-monitor(ÿìÃÊ3r

nfsdrunningÔ  (
Y
$019ca87b-3fd4-731f-b019-2bbe6629cf67"svc-monitor(ÔÿìÃÊ3r

sshdrunning¢3  (
Y
$019ca87b-3ff3-75ee-9b53-5d978c05b727"svc-monitor(óÿìÃÊ3r

nfsdrunningÔ  (
`
$019ca87b-4065-766b-8128-ad8973caee01"svc-monitor(å€íÃÊ3r 

rodent-syncrunningú;  (
L
$019ca87b-40b1-712b-914b-71d3f6ef14e0"disk-monitor(±íÃÊ3Z2	
sdd%
s
$019ca87b-4119-7b43-bd8d-0c976cc901a5"auth(™‚íÃÊ32

session_idsess-533j"
 
davepassword192.168.1.35 
]
$019ca87b-4148-77ea-99da-15349e5a066f"net(È‚íÃÊ3b%#
	10.0.0.1610.0.0.1­Ğ ½*tcp0
Z
$019ca87b-4178-7b7e-9c62-3caededeb134"svc-monitor(ø‚íÃÊ3r

smbdrunningöµ  (
]
$019ca87b-41d3-76fa-8d3a-6fd520f50a5e"net(ÓƒíÃÊ3b%#
	10.0.0.1110.0.0.1å» *tcp0
u
$019ca87b-421b-7659-8ab7-0d2914b8ec9f"zfs-auto-snap(›„íÃÊ3Z3"1
tank/media@auto-01166
tank/media˜íÍ Àù¥é(
o
$019ca87b-4276-74b3-b9a2-9e5fa94fe14b"zfs-auto-snap(ö„íÃÊ3Z-"+
tank/media@auto-01156
tank/media˜íÍ(
L
$019ca87b-4282-745f-9422-2034a5ef29ce"disk-monitor(‚…íÃÊ3Z2	
sda#
]
$019ca87b-4294-7ef8-99f2-f98f0fcb0262"net(”…íÃÊ3b%#
	10.0.0.3910.0.0.1“ê ½*tcp0
L
$019ca87b-42d8-79ff-9660-a81250df9756"disk-monitor(Ø…íÃÊ3Z2	
sdb%
u
$019ca87b-434f-79f6-9b46-fdfd98d82701"zfs-auto-snap(Ï†íÃÊ3Z3"1
tank/media@auto-01167
tank/media˜íÍ À·ò¡	(
o
$019ca87b-43c2-75e2-aa70-a5a7895cd256"zfs-auto-snap(Â‡íÃÊ3Z-"+
tank/media@auto-01161
tank/media˜íÍ(
X
$019ca87b-43f3-77e1-8013-8567d9640de1"svc-monitor(ó‡íÃÊ3r

zedrunning­0 ¡(
Y
$019ca87b-444c-7519-95de-02918cd53380"svc-monitor(ÌˆíÃÊ3r

sshdrunning¢3 ¡(
r
$019ca87b-44b3-7d77-aa75-41df81873f1c"auth(³‰íÃÊ32

session_idsess-535j!

bobpassword192.168.1.31 
t
$019ca87b-44ce-7f53-b7d6-ccb8743d83b6"auth(Î‰íÃÊ32

session_idsess-534j#
!
carolpassword192.168.1.48 
r
$019ca87b-44f4-7f97-acbb-e1f3881442f5"auth(ô‰íÃÊ32

session_idsess-535j!

bobpassword192.168.1.46 
_
$019ca87b-453f-76b8-bc16-2630f8d09825"net(¿ŠíÃÊ3b'%
192.168.1.1510.0.0.1ÔÊ *tcp0
]
$019ca87b-4595-71b3-a3a8-705635ab8dec"net(•‹íÃÊ3b%#
	10.0.0.2710.0.0.1¸¬ ½*tcp0
L
$019ca87b-4610-7eae-a5a9-91b0da734033"disk-monitor(ŒíÃÊ3Z2	
sdb$
_
$019ca87b-4653-742f-9560-5e55f7a08c75"net(ÓŒíÃÊ3b'%
192.168.1.5210.0.0.1ä¸ *tcp0
Y
$019ca87b-468b-7f6a-b5ab-e094bcdbd034"svc-monitor(‹íÃÊ3r

sshdrunning¢3 ¢(
}
$019ca87b-46da-7844-9481-88793d3ae772"zfs-auto-snap(ÚíÃÊ3Z;"9
backup/archive@auto-01168backup/archive™íÍ €€™›(
w
$019ca87b-4747-7e21-b0c6-b0fb77115e26"zfs-auto-snap(ÇíÃÊ3Z5"3
backup/archive@auto-01153backup/archive™íÍ(
\
$019ca87b-4771-722c-bf96-55dffa911d3e"net(ñíÃÊ3b$"
10.0.0.910.0.0.1Ó† ½*tcp0
Y
$019ca87b-47aa-7893-94e2-d5d5dceab3f6"svc-monitor(ªíÃÊ3r

nfsdrunningÔ ¢(
`
$019ca87b-4803-78f2-94b1-ceb1056f1591"svc-monitor(ƒíÃÊ3r 

rodent-syncrunningú; £(
L
$019ca87b-480e-7a28-a995-bd84fa2e8161"disk-monitor(íÃÊ3Z2	
sdd 
Y
$019ca87b-483c-7138-9148-faebcb406aaf"svc-monitor(¼íÃÊ3r

nfsdrunningÔ £(
X
$019ca87b-488f-7a0d-858f-b9002f7bb00e"svc-monitor(‘íÃÊ3r

zedrunning­0 £(
L
$019ca87b-48ca-76b3-acd5-fa7b115fbdc6"disk-monitor(Ê‘íÃÊ3Z2	
sde"
_
$019ca87b-48de-7f6b-8d68-c9ba3929f4da"net(Ş‘íÃÊ3b'%
192.168.1.4310.0.0.1ŠÃ *tcp0
L
$019ca87b-48ec-7e6f-8c99-d4a376e9545f"disk-monitor(ì‘íÃÊ3Z2	
sde
]
$019ca87b-4907-79d1-9111-b8a0c62cef7f"net(‡’íÃÊ3b%#
	10.0.0.2310.0.0.1¨Õ ½*tcp0
X
$019ca87b-4960-715e-ba3a-21beee6702cc"svc-monitor(à’íÃÊ3r

zedrunning­0 £(
L
$019ca87b-49d9-7c47-913b-c1b7b3a7d213"disk-monitor(Ù“íÃÊ3Z2	
sde"
L
$019ca87b-49de-74a8-9e7c-30bec01367b0"disk-monitor(Ş“íÃÊ3Z2	
sde"
s
$019ca87b-4a50-78d4-86a0-b27af686bbfc"zfs-auto-snap(Ğ”íÃÊ3Z1"/
tank/home@auto-01169	tank/homešíÍ €œ¾Î(
m
$019ca87b-4a6b-7e2f-b97e-9eafa99b3855"zfs-auto-snap(ë”íÃÊ3Z+")
tank/home@auto-01157	tank/homešíÍ(
X
$019ca87b-4aaa-70c0-be02-3dc7f53ea6be"svc-monitor(ª•íÃÊ3r

zedrunning­0 ¤(
\
$019ca87b-4b20-7391-8708-16520c2a4715"net( –íÃÊ3b$"
10.0.0.610.0.0.1¨Í *tcp0
L
$019ca87b-4b37-734d-8f61-6ae47a06e944"disk-monitor(·–íÃÊ3Z2	
sde&
X
$019ca87b-4ba6-73e9-96f0-83fc03289a8e"svc-monitor(¦—íÃÊ3r

zedrunning­0 ¤(
_
$019ca87b-4bfe-77df-bc1f-923648e58b22"net(ş—íÃÊ3b'%
192.168.1.2410.0.0.1¥é *tcp0
]
$019ca87b-4c37-7886-bf4e-6dec75f33a7b"net(·˜íÃÊ3b%#
	10.0.0.3510.0.0.1ƒ *tcp0
\
$019ca87b-4c62-7600-82d7-d2cb519e0ab9"auth(â˜íÃÊ3j#
!
alicepassword192.168.1.54 
]
$019ca87b-4ccd-7919-9567-f1f298bea410"net(Í™íÃÊ3b%#
	10.0.0.4110.0.0.1ó  ½*tcp0
\
$019ca87b-4d2c-782c-9665-eafc15350788"net(¬šíÃÊ3b$"
10.0.0.610.0.0.1Â¹ ½*tcp0
L
$019ca87b-4d89-7a1b-b68d-bc4f2c35a4d4"disk-monitor(‰›íÃÊ3Z2	
sdd#
Y
$019ca87b-4da7-72ea-aa09-01175ff5a194"svc-monitor(§›íÃÊ3r

sshdrunning¢3 ¥(
]
$019ca87b-4e09-7f00-952b-210af1b67718"net(‰œíÃÊ3b%#
	10.0.0.3610.0.0.1İÂ *tcp0
t
$019ca87b-4e27-7c11-b578-e11aa0430f47"auth(§œíÃÊ32

session_idsess-536j#
!
carolpassword192.168.1.10 
s
$019ca87b-4e57-7f8f-8909-315f64ed8ddb"auth(×œíÃÊ32

session_idsess-537j"
 
davepassword192.168.1.51 
\
$019ca87b-4ead-782e-8463-49c84e89b045"auth(­íÃÊ3j#
!
alicepassword192.168.1.43 
X
$019ca87b-4f15-7901-aa49-62d7774bd2b6"svc-monitor(•íÃÊ3r

zedrunning­0 ¥(
\
$019ca87b-4f1b-75e2-a6f0-a2fc03da3a8d"auth(›íÃÊ3j#
!
alicepassword192.168.1.18 
L
$019ca87b-4f79-7c5c-8ee5-e6cd0387da89"disk-monitor(ùíÃÊ3Z2	
sdd
L
$019ca87b-4fbf-72e6-b4fc-a33cf9a9c7a6"disk-monitor(¿ŸíÃÊ3Z2	
sdb#
Y
$019ca87b-5027-7ecc-9ca6-2ede81960f61"svc-monitor(§ íÃÊ3r

sshdrunning¢3 ¦(
\
$019ca87b-506d-7239-b5ee-5a991ed0283b"net(í íÃÊ3b$"
10.0.0.610.0.0.1‹¼ *tcp0
L
$019ca87b-50c9-78d4-8e9c-e775437c6d09"disk-monitor(É¡íÃÊ3Z2	
sdb&
t
$019ca87b-50fb-7f60-ba81-3793f1269898"auth(û¡íÃÊ32

session_idsess-536j#
!
carolpassword192.168.1.32 
Y
$019ca87b-511c-740a-9134-0dd0fe25c7f3"svc-monitor(œ¢íÃÊ3r

nfsdrunningÔ ¦(
L
$019ca87b-5149-7969-bf9d-1775e2eecdfd"disk-monitor(É¢íÃÊ3Z2	
sdd$
]
$019ca87b-5159-7a2f-a4e8-fac5ee890567"net(Ù¢íÃÊ3b%#
	10.0.0.4110.0.0.1£ú ½*tcp0
[
$019ca87b-51bb-7776-8f15-de7b5fd98b05"auth(»£íÃÊ3j"
 
davepassword192.168.1.22 
Y
$019ca87b-520b-7b37-8eb0-25c68ca26414"svc-monitor(‹¤íÃÊ3r

nfsdrunningÔ §(
`
$019ca87b-5259-7ecc-a511-ffaa429eeefe"svc-monitor(Ù¤íÃÊ3r 

rodent-syncrunningú; §(
L
$019ca87b-52bf-7541-8ad3-b1b6fae6b01d"disk-monitor(¿¥íÃÊ3Z2	
sde&
\
$019ca87b-533b-73c2-a176-7f5c977056ac"net(»¦íÃÊ3b$"
10.0.0.910.0.0.1Ö¾ *tcp0
Y
$019ca87b-5374-71c0-8400-4211729981e1"svc-monitor(ô¦íÃÊ3r

sshdrunning¢3 §(
Y
$019ca87b-53bd-7880-a7b0-3d41b8c8288f"svc-monitor(½§íÃÊ3r

nfsdrunningÔ §(
X
$019ca87b-53ef-79f9-8f4e-6ba77986ff68"svc-monitor(ï§íÃÊ3r

zedrunning­0 §(
X
$019ca87b-5428-7c26-955f-81454c28c5ac"svc-monitor(¨¨íÃÊ3r

zedrunning­0 §(
s
$019ca87b-5494-7fde-afa0-6656282face5"auth(”©íÃÊ32

session_idsess-537j"
 
davepassword192.168.1.45 
`
$019ca87b-54a8-73b9-aac3-84090cdda231"svc-monitor(¨©íÃÊ3r 

rodent-syncrunningú; §(
L
$019ca87b-54af-7414-a7e3-8b3339d3f97b"disk-monitor(¯©íÃÊ3Z2	
sdb!
L
$019ca87b-54e1-72fc-9d92-e9805cc2bf6c"disk-monitor(á©íÃÊ3Z2	
sde"
L
$019ca87b-5549-7edb-842a-16e33fa1bb1d"disk-monitor(ÉªíÃÊ3Z2	
sdd&
L
$019ca87b-5565-7e8e-bdf1-81a702e1c316"disk-monitor(åªíÃÊ3Z2	
sdd"
]
$019ca87b-55a9-7a45-83b3-b510c374bf56"net(©«íÃÊ3b%#
	10.0.0.1810.0.0.1Õ‚ *tcp0
]
$019ca87b-55c8-7134-bd2f-18423c4dc46d"net(È«íÃÊ3b%#
	10.0.0.1310.0.0.1Ê÷ *tcp0
L
$019ca87b-55e5-7422-9b47-abc791ffeec7"disk-monitor(å«íÃÊ3Z2	
sdb$
Y
$019ca87b-5652-7ff7-9981-196fcd47d9fa"svc-monitor(Ò¬íÃÊ3r

sshdrunning¢3 ¨(
Y
$019ca87b-5681-77e9-a387-1f39e1d380af"svc-monitor(­íÃÊ3r

nfsdrunningÔ ¨(
]
$019ca87b-56c3-7dca-b0e8-52db0808f25e"net(Ã­íÃÊ3b%#
	10.0.0.2510.0.0.1™» ½*tcp0
X
$019ca87b-5705-77f5-9b95-9fa188be8eef"svc-monitor(…®íÃÊ3r

zedrunning­0 ©(
]
$019ca87b-5733-7d88-a68b-c94a8926a2b1"net(³®íÃÊ3b%#
	10.0.0.2610.0.0.1®Ğ *tcp0
X
$019ca87b-577b-7d3e-b8b1-b304f6c3a944"svc-monitor(û®íÃÊ3r

zedrunning­0 ©(
Y
$019ca87b-57f5-7115-b55a-dc8292a5864d"svc-monitor(õ¯íÃÊ3r

nfsdrunningÔ ©(
]
$019ca87b-5855-735b-95dd-01e572e51f70"net(Õ°íÃÊ3b%#
	10.0.0.3710.0.0.1—Ï *tcp0
X
$019ca87b-58a6-7ff6-a54f-f1e435157b82"svc-monitor(¦±íÃÊ3r

zedrunning­0 ©(
L
$019ca87b-5903-79a9-8335-521fbe9a6d59"disk-monitor(ƒ²íÃÊ3Z2	
sde%
]
$019ca87b-593e-7617-a488-514a4b97fa83"net(¾²íÃÊ3b%#
	10.0.0.2010.0.0.1¬Å *tcp0
Y
$019ca87b-5969-772f-9047-28324e3a8fb4"svc-monitor(é²íÃÊ3r

sshdrunning¢3 ©(
s
$019ca87b-598f-733e-a527-7819e07fb79a"zfs-auto-snap(³íÃÊ3Z1"/
tank/home@auto-01170	tank/homeíÍ €áéÄ(
m
$019ca87b-59a0-7201-a336-fc8a30cb33b8"zfs-auto-snap( ³íÃÊ3Z+")
tank/home@auto-01158	tank/homeíÍ(
L
$019ca87b-5a16-77f1-bfff-21538cc93b1b"disk-monitor(–´íÃÊ3Z2	
sde"
_
$019ca87b-5a79-774f-bd9f-450a67dbe31c"net(ù´íÃÊ3b'%
192.168.1.2910.0.0.1‡Î *tcp0
Z
$019ca87b-5ab3-7666-9511-576e82cc8208"svc-monitor(³µíÃÊ3r

smbdrunningöµ ª(
L
$019ca87b-5ac2-7e46-8ea0-fa29b6f0e6d2"disk-monitor(ÂµíÃÊ3Z2	
sdd&
Z
$019ca87b-5adb-76ab-878d-8c97ca46fc72"svc-monitor(ÛµíÃÊ3r

smbdrunningöµ ª(
Z
$019ca87b-5b21-748c-a33c-098f4b393919"auth(¡¶íÃÊ3j!

bobpassword192.168.1.13 
]
$019ca87b-5b28-7bd3-bea6-9431f86b654d"net(¨¶íÃÊ3b%#
	10.0.0.3010.0.0.1µÑ ½*tcp0
s
$019ca87b-5b76-7c77-84a6-3f647eeca2d0"zfs-auto-snap(ö¶íÃÊ3Z1"/
tank/home@auto-01171	tank/homeíÍ À¥¢ˆ(
m
$019ca87b-5b85-76a4-bd81-a6c8c1689bd6"zfs-auto-snap(…·íÃÊ3Z+")
tank/home@auto-01159	tank/homeíÍ(
\
$019ca87b-5bbe-7c1f-9ad3-8e1634ee03c1"net(¾·íÃÊ3b$"
10.0.0.310.0.0.1”Ó ½*tcp0
\
$019ca87b-5bdd-7069-bc68-215154e0d61b"net(İ·íÃÊ3b$"
10.0.0.910.0.0.1ŒË ½*tcp0
}
$019ca87b-5c19-729a-b58d-6df23a63fa41"zfs-auto-snap(™¸íÃÊ3Z;"9
backup/archive@auto-01172backup/archiveíÍ €Ó‰´(
w
$019ca87b-5c30-7f9a-90d5-082b26b41d63"zfs-auto-snap(°¸íÃÊ3Z5"3
backup/archive@auto-01155backup/archiveíÍ(
}
$019ca87b-5c41-76ac-897c-acdb91b534da"zfs-auto-snap(Á¸íÃÊ3Z;"9
backup/archive@auto-01173backup/archiveíÍ €ì„(
w
$019ca87b-5c7a-7864-b025-cadc3b5be2d2"zfs-auto-snap(ú¸íÃÊ3Z5"3
backup/archive@auto-01162backup/archiveíÍ(
L
$019ca87b-5ce1-7fa7-b266-e58d7e0befbb"disk-monitor(á¹íÃÊ3Z2	
sda'
L
$019ca87b-5d4c-737f-9063-8cfdf9c052d2"disk-monitor(ÌºíÃÊ3Z2	
sdb!
X
$019ca87b-5dc4-7600-8e12-fcfbb37f6ea3"svc-monitor(Ä»íÃÊ3r

zedrunning­0 «(
_
$019ca87b-5e31-71de-b077-20c44686aece"net(±¼íÃÊ3b'%
192.168.1.5610.0.0.1Í  *tcp0
Y
$019ca87b-5e7c-7108-afa1-2b4b2d44b2b6"svc-monitor(ü¼íÃÊ3r

nfsdrunningÔ ¬(
}
$019ca87b-5e8b-7306-9041-7f07202aa4cb"zfs-auto-snap(‹½íÃÊ3Z;"9
backup/archive@auto-01174backup/archiveŸíÍ À¹Å”	(
w
$019ca87b-5ed0-77bf-9f11-c4bf960d8491"zfs-auto-snap(Ğ½íÃÊ3Z5"3
backup/archive@auto-01164backup/archiveŸíÍ(
Y
$019ca87b-5f2c-7fd9-90e7-a99a4692e990"svc-monitor(¬¾íÃÊ3r

sshdrunning¢3 ¬(
Y
$019ca87b-5f9f-714a-ab1e-4f59e7eb3181"svc-monitor(Ÿ¿íÃÊ3r

nfsdrunningÔ ¬(
s
$019ca87b-5fd0-7499-bab4-3b0ee874e1a9"zfs-auto-snap(Ğ¿íÃÊ3Z1"/
tank/home@auto-01175	tank/homeŸíÍ €Ëì(
m
$019ca87b-6007-7f1b-a8cd-2a7daba758d9"zfs-auto-snap(‡ÀíÃÊ3Z+")
tank/home@auto-01160	tank/homeŸíÍ(
t
$019ca87b-6033-7532-88ec-e9af0ff0360e"auth(³ÀíÃÊ32

session_idsess-538j#
!
alicepassword192.168.1.32 
L
$019ca87b-60a1-75ea-bae3-813f99606587"disk-monitor(¡ÁíÃÊ3Z2	
sdb 
]
$019ca87b-60e8-75df-9922-ac58b95d589a"net(èÁíÃÊ3b%#
	10.0.0.4010.0.0.1î— ½*tcp0
X
$019ca87b-60f1-7ef9-a783-1a72e1178ab8"svc-monitor(ñÁíÃÊ3r

zedrunning­0 ­(
`
$019ca87b-614a-791c-886d-83f847c3417a"svc-monitor(ÊÂíÃÊ3r 

rodent-syncrunningú; ­(
]
$019ca87b-6154-7979-b621-83f37b0abd83"net(ÔÂíÃÊ3b%#
	10.0.0.3310.0.0.1õø *tcp0
X
$019ca87b-61cf-7ea8-a433-87ecd8b74238"svc-monitor(ÏÃíÃÊ3r

zedrunning­0 ­(
L
$019ca87b-621e-742b-99b4-8b500377367f"disk-monitor(ÄíÃÊ3Z2	
sde
\
$019ca87b-6257-7f16-8428-96e90d8e567d"net(×ÄíÃÊ3b$"
10.0.0.210.0.0.1©Ä ½*tcp0
t
$019ca87b-628f-7aba-9578-c6ce8a8fc592"auth(ÅíÃÊ32

session_idsess-538j#
!
alicepassword192.168.1.44 
]
$019ca87b-62c2-787b-9cc7-725c0fddfa33"net(ÂÅíÃÊ3b%#
	10.0.0.2210.0.0.1ÔÑ *tcp0
`
$019ca87b-632a-7811-ad9d-bf46fc89efaa"svc-monitor(ªÆíÃÊ3r 

rodent-syncrunningú; ­(
L
$019ca87b-6386-70ea-8406-c418c5b9d5a5"disk-monitor(†ÇíÃÊ3Z2	
sde
Y
$019ca87b-63fa-74aa-ac2b-17d48db7faa8"svc-monitor(úÇíÃÊ3r

sshdrunning¢3 ®(
X
$019ca87b-6449-7775-b778-5bc759a50639"svc-monitor(ÉÈíÃÊ3r

zedrunning­0 ®(
]
$019ca87b-6474-7896-8ccb-117060a9ca07"net(ôÈíÃÊ3b%#
	10.0.0.2710.0.0.1Œ‚ ½*tcp0
L
$019ca87b-64d9-721c-a16a-0027fa9e9097"disk-monitor(ÙÉíÃÊ3Z2	
sda"
Z
$019ca87b-6530-77ad-9b36-bde42bb58243"svc-monitor(°ÊíÃÊ3r

smbdrunningöµ ®(
Z
$019ca87b-657a-724d-b828-acee2462b931"svc-monitor(úÊíÃÊ3r

smbdrunningöµ ®(
]
$019ca87b-65bf-70df-9239-de465230da86"net(¿ËíÃÊ3b%#
	10.0.0.1910.0.0.1ëÆ *tcp0
Y
$019ca87b-65c7-73fd-855c-bbe526a907de"svc-monitor(ÇËíÃÊ3r

sshdrunning¢3 ®(
Y
$019ca87b-6605-795c-90d6-44c43006a8b0"svc-monitor(…ÌíÃÊ3r

sshdrunning¢3 ®(
Y
$019ca87b-6679-7cf7-b347-aea94e49e2da"svc-monitor(ùÌíÃÊ3r

sshdrunning¢3 ®(
Y
$019ca87b-66e6-7ec7-b075-77013a4a03ec"svc-monitor(æÍíÃÊ3r

sshdrunning¢3 ¯(
r
$019ca87b-6732-7f54-8dbf-266f199e13d3"auth(²ÎíÃÊ32

session_idsess-539j!

bobpassword192.168.1.34 
]
$019ca87b-6738-72d7-b73a-064c986fe32d"net(¸ÎíÃÊ3b%#
	10.0.0.2110.0.0.1«Î *tcp0
]
$019ca87b-67aa-703d-9828-4000b9e979dc"net(ªÏíÃÊ3b%#
	10.0.0.1110.0.0.1´´ *tcp0
X
$019ca87b-681d-7739-bba5-9d5646ab1851"svc-monitor(ĞíÃÊ3r

zedrunning­0 ¯(
]
$019ca87b-6832-7f42-a9fb-5585234de504"net(²ĞíÃÊ3b%#
	10.0.0.2910.0.0.1÷Í *tcp0
Y
$019ca87b-6892-7e65-8205-dc00f9a3503b"svc-monitor(’ÑíÃÊ3r

sshdrunning¢3 ¯(
L
$019ca87b-68be-7d02-99b7-ff29882e6b81"disk-monitor(¾ÑíÃÊ3Z2	
sdb&
]
$019ca87b-6923-7e8f-8bdf-d897b5a91f42"net(£ÒíÃÊ3b%#
	10.0.0.2810.0.0.1³÷ ½*tcp0
Y
$019ca87b-6933-73d3-93b1-e79fb6cd3dad"svc-monitor(³ÒíÃÊ3r

nfsdrunningÔ ¯(
Z
$019ca87b-6942-7418-ae3f-31ef523fae78"svc-monitor(ÂÒíÃÊ3r

smbdrunningöµ °(
`
$019ca87b-6951-7db6-bb19-ba86c8056c64"svc-monitor(ÑÒíÃÊ3r 

rodent-syncrunningú; °(
L
$019ca87b-69a0-7681-af3d-5217474ecea6"disk-monitor( ÓíÃÊ3Z2	
sdb$
r
$019ca87b-69f0-7b9f-a12c-17344160faee"auth(ğÓíÃÊ32

session_idsess-539j!

bobpassword192.168.1.37 
_
$019ca87b-6a42-7826-af36-2dbc8811f0af"net(ÂÔíÃÊ3b'%
192.168.1.2010.0.0.1çµ *tcp0
t
$019ca87b-6a58-7124-9381-beae74fd9f13"auth(ØÔíÃÊ32

session_idsess-540j#
!
alicepassword192.168.1.13 
L
$019ca87b-6a8c-7874-a14b-0c220ac98ba5"disk-monitor(ŒÕíÃÊ3Z2	
sde'
\
$019ca87b-6ae9-70bf-b924-2cec0945cb0f"net(éÕíÃÊ3b$"
10.0.0.410.0.0.1§ ½*tcp0
L
$019ca87b-6b4a-7b0f-ac47-441c04216a01"disk-monitor(ÊÖíÃÊ3Z2	
sdb
Y
$019ca87b-6b6c-7002-b776-474e71d0b940"svc-monitor(ìÖíÃÊ3r

nfsdrunningÔ °(
Y
$019ca87b-6b97-7d87-b1c1-0088fbf51a25"svc-monitor(—×íÃÊ3r

nfsdrunningÔ ±(
s
$019ca87b-6c10-785d-882b-7a1b19896e70"zfs-auto-snap(ØíÃÊ3Z1"/
tank/home@auto-01176	tank/home¢íÍ ÀÆîô	(
m
$019ca87b-6c20-778e-8258-2f7df03fbfe0"zfs-auto-snap( ØíÃÊ3Z+")
tank/home@auto-01169	tank/home¢íÍ(
L
$019ca87b-6c30-706a-b059-8494360e46e5"disk-monitor(°ØíÃÊ3Z2	
sdb&
t
$019ca87b-6c3f-7afc-a7ef-5652fca1b71c"auth(¿ØíÃÊ32

session_idsess-541j#
!
carolpassword192.168.1.57 
Y
$019ca87b-6cba-7b62-98bf-dd31422a4507"svc-monitor(ºÙíÃÊ3r

nfsdrunningÔ ±(
\
$019ca87b-6d2d-7946-8397-506692fe60fb"net(­ÚíÃÊ3b$"
10.0.0.710.0.0.1›Í ½*tcp0
s
$019ca87b-6d63-7487-9f55-8e7040688715"auth(ãÚíÃÊ32

session_idsess-542j"
 
davepassword192.168.1.34 
L
$019ca87b-6d69-7f58-8d73-3ca2b4db3cb2"disk-monitor(éÚíÃÊ3Z2	
sde"
t
$019ca87b-6dc0-7a0b-a3ff-36752116a9a3"auth(ÀÛíÃÊ32

session_idsess-540j#
!
alicepassword192.168.1.46 
`
$019ca87b-6dcd-7599-abe5-c1b37d4f7e74"svc-monitor(ÍÛíÃÊ3r 

rodent-syncrunningú; ²(
]
$019ca87b-6e05-73a0-8ab8-7fca9765ab3d"net(…ÜíÃÊ3b%#
	10.0.0.3410.0.0.1“ù ½*tcp0
L
$019ca87b-6e77-7e28-bdde-88043d4120c7"disk-monitor(÷ÜíÃÊ3Z2	
sde
L
$019ca87b-6eaa-7c8b-9497-99980b7786bb"disk-monitor(ªİíÃÊ3Z2	
sda&
t
$019ca87b-6ec5-7bf1-acfb-0b4a549ef802"auth(ÅİíÃÊ32

session_idsess-541j#
!
carolpassword192.168.1.39 
L
$019ca87b-6f03-7b1f-b11a-e8c7e52e1dd2"disk-monitor(ƒŞíÃÊ3Z2	
sdb#
`
$019ca87b-6f4f-7c6e-8481-0f9233deb427"svc-monitor(ÏŞíÃÊ3r 

rodent-syncrunningú; ²(
L
$019ca87b-6fc5-7a1e-a3ca-abe492f3cf63"disk-monitor(ÅßíÃÊ3Z2	
sdb
t
$019ca87b-703f-70e6-840b-4eb1ed1bf693"auth(¿àíÃÊ32

session_idsess-543j#
!
alicepassword192.168.1.13 
]
$019ca87b-70a3-709d-a46f-9d2cb7223fbc"net(£áíÃÊ3b%#
	10.0.0.3410.0.0.1Øø *tcp0
]
$019ca87b-7100-73e8-9a7e-88e10a5f2083"net(€âíÃÊ3b%#
	10.0.0.1910.0.0.1í‡ *tcp0
L
$019ca87b-714e-7107-97cb-843679d6bbba"disk-monitor(ÎâíÃÊ3Z2	
sdb
Z
$019ca87b-71be-7d75-9244-499bba28dabd"svc-monitor(¾ãíÃÊ3r

smbdrunningöµ ³(
]
$019ca87b-71fe-78dd-a944-4cfbe9914324"net(şãíÃÊ3b%#
	10.0.0.1610.0.0.1İ¾ ½*tcp0
X
$019ca87b-7247-77ba-aeb5-6d357fa28d5a"svc-monitor(ÇäíÃÊ3r

zedrunning­0 ³(
\
$019ca87b-729a-729a-bb64-3b27c3b2d190"net(šåíÃÊ3b$"
10.0.0.210.0.0.1µÊ *tcp0
L
$019ca87b-72dd-7d6e-9bc2-a6416f76e2c0"disk-monitor(İåíÃÊ3Z2	
sdd&
s
$019ca87b-7340-795f-8f36-14e68f8fcea0"auth(ÀæíÃÊ32

session_idsess-542j"
 
davepassword192.168.1.33 
t
$019ca87b-7376-795e-9a46-efc8ec7e96a7"auth(öæíÃÊ32

session_idsess-544j#
!
alicepassword192.168.1.53 
X
$019ca87b-7393-7899-ba59-3dcf86187b0c"svc-monitor(“çíÃÊ3r

zedrunning­0 ³(
Y
$019ca87b-73c8-7d55-86cd-a59c2c40dcb3"svc-monitor(ÈçíÃÊ3r

sshdrunning¢3 ´(
Z
$019ca87b-73fb-725c-bf81-ac8768eb6bb5"svc-monitor(ûçíÃÊ3r

smbdrunningöµ ´(
Z
$019ca87b-7439-7984-942a-f53e29689a1d"svc-monitor(¹èíÃÊ3r

smbdrunningöµ ´(
]
$019ca87b-7478-7dca-b990-5018002fe65e"net(øèíÃÊ3b%#
	10.0.0.1710.0.0.1ÿÔ *tcp0
L
$019ca87b-7484-7716-8afa-4a2114e16ec4"disk-monitor(„éíÃÊ3Z2	
sdb$
Y
$019ca87b-74e0-7f25-9b3f-8ffc9f5730ea"svc-monitor(àéíÃÊ3r

sshdrunning¢3 ´(
\
$019ca87b-7550-777f-b7b4-d44e488c1ea7"net(ĞêíÃÊ3b$"
10.0.0.710.0.0.1ø£ *tcp0
L
$019ca87b-7575-727f-a851-81f661b777a5"disk-monitor(õêíÃÊ3Z2	
sdd
]
$019ca87b-75d4-73a8-85c2-091d3d96abcc"net(ÔëíÃÊ3b%#
	10.0.0.1110.0.0.1åÄ ½*tcp0
]
$019ca87b-75e4-76b2-93e5-9f1432df478e"net(äëíÃÊ3b%#
	10.0.0.2010.0.0.1ò *tcp0
t
$019ca87b-7644-7769-b175-040b265080ee"auth(ÄìíÃÊ32

session_idsess-543j#
!
alicepassword192.168.1.13 
X
$019ca87b-7683-7c5f-8294-c4e14630732d"svc-monitor(ƒííÃÊ3r

zedrunning­0 µ(
}
$019ca87b-76e4-7120-a2e5-0638b9a10d83"zfs-auto-snap(äííÃÊ3Z;"9
backup/archive@auto-01177backup/archive¥íÍ Àå±’(
w
$019ca87b-7747-753f-9431-973c6d3a9816"zfs-auto-snap(ÇîíÃÊ3Z5"3
backup/archive@auto-01168backup/archive¥íÍ(
u
$019ca87b-7770-766d-91ed-fe0f670ec3f0"zfs-auto-snap(ğîíÃÊ3Z3"1
tank/media@auto-01178
tank/media¥íÍ €¹“‹(
o
$019ca87b-77d8-781c-983d-ee0b632fa7ba"zfs-auto-snap(ØïíÃÊ3Z-"+
tank/media@auto-01163
tank/media¥íÍ(
X
$019ca87b-781d-721a-96ec-f50ab588b2be"svc-monitor(ğíÃÊ3r

zedrunning­0 µ(
L
$019ca87b-7899-73c8-86ef-3240e61c3a9d"disk-monitor(™ñíÃÊ3Z2	
sda!
]
$019ca87b-790c-7818-95c5-be4a82a5b03a"net(ŒòíÃÊ3b%#
	10.0.0.3310.0.0.1­û *tcp0
Z
$019ca87b-7979-7e74-a955-84da0306abfd"svc-monitor(ùòíÃÊ3r

smbdrunningöµ µ(
]
$019ca87b-79b8-721a-86b0-b8af4ef976cc"net(¸óíÃÊ3b%#
	10.0.0.3610.0.0.1ñş ½*tcp0
]
$019ca87b-79e0-79e7-a955-2f8735b6ff19"net(àóíÃÊ3b%#
	10.0.0.4010.0.0.1Ø® *tcp0
Y
$019ca87b-7a18-7ba5-9cde-ec80e1b10e9c"svc-monitor(˜ôíÃÊ3r

sshdrunning¢3 ¶(
\
$019ca87b-7a4b-7587-94e1-e882d423783d"net(ËôíÃÊ3b$"
10.0.0.310.0.0.1›ò *tcp0
t
$019ca87b-7a77-7959-9d5e-b16cf4c2c95f"auth(÷ôíÃÊ32

session_idsess-544j#
!
alicepassword192.168.1.16 
Z
$019ca87b-7aa0-7ca3-a513-7f3dc35ced59"svc-monitor( õíÃÊ3r

smbdrunningöµ ¶(
\
$019ca87b-7b09-7be0-8da2-1496ac062649"net(‰öíÃÊ3b$"
10.0.0.510.0.0.1ü ½*tcp0
L
$019ca87b-7b73-78ed-ba10-a4dc5a19f2ab"disk-monitor(óöíÃÊ3Z2	
sda 
t
$019ca87b-7bd0-7c4e-a3fb-857fe73ecb29"auth(Ğ÷íÃÊ32

session_idsess-545j#
!
carolpassword192.168.1.20 
L
$019ca87b-7bfe-72fa-9d8d-b8cc05f6d88a"disk-monitor(ş÷íÃÊ3Z2	
sdd$
]
$019ca87b-7c6a-74c3-accd-2f227af49be1"net(êøíÃÊ3b%#
	10.0.0.4110.0.0.1Ó– *tcp0
L
$019ca87b-7c72-7f26-a1ed-9d26f2d04f18"disk-monitor(òøíÃÊ3Z2	
sdd&
L
$019ca87b-7c7b-7cbc-80d0-b591ac2ceb38"disk-monitor(ûøíÃÊ3Z2	
sde"
X
$019ca87b-7cf1-73c1-8c74-a1b691ed2db2"svc-monitor(ñùíÃÊ3r

zedrunning­0 ·(
L
$019ca87b-7d01-77c9-8149-a71a6b0d0f75"disk-monitor(úíÃÊ3Z2	
sdd"
]
$019ca87b-7d7c-7efe-9dc4-88bf1809894e"net(üúíÃÊ3b%#
	10.0.0.2910.0.0.1Øü *tcp0
t
$019ca87b-7db5-7373-a15c-003ab0508f0d"auth(µûíÃÊ32

session_idsess-545j#
!
carolpassword192.168.1.19 
Y
$019ca87b-7e03-7682-b720-6cfdad59b768"svc-monitor(ƒüíÃÊ3r

sshdrunning¢3 ·(
]
$019ca87b-7e6b-7767-b97c-e8c66a26ec70"net(ëüíÃÊ3b%#
	10.0.0.1610.0.0.1üõ *tcp0
]
$019ca87b-7e70-7c3b-9f84-b236f8c17589"net(ğüíÃÊ3b%#
	10.0.0.2810.0.0.1–Á ½*tcp0
]
$019ca87b-7ee8-7316-8cc5-be9c981ee5b5"net(èıíÃÊ3b%#
	10.0.0.3010.0.0.1Ô¸ *tcp0
Y
$019ca87b-7f41-7c3c-b1ec-ba1e8f918e63"svc-monitor(ÁşíÃÊ3r

nfsdrunningÔ ¸(
L
$019ca87b-7f4a-7528-a632-dc9086c69e9d"disk-monitor(ÊşíÃÊ3Z2	
sda!
`
$019ca87b-7f88-7646-b815-6653b60e07b4"svc-monitor(ˆÿíÃÊ3r 

rodent-syncrunningú; ¸(
L
$019ca87b-7fe6-7443-a4ea-789196b3fe20"disk-monitor(æÿíÃÊ3Z2	
sda#
L
$019ca87b-8042-7294-89e0-7c166111c023"disk-monitor(Â€îÃÊ3Z2	
sdd$
Y
$019ca87b-8049-7365-a2b8-d2e1e5c4765f"svc-monitor(É€îÃÊ3r

sshdrunning¢3 ¸(
L
$019ca87b-809e-7d2e-8fc1-ad9d3e42386c"disk-monitor(îÃÊ3Z2	
sda#
_
$019ca87b-811a-7405-a07b-0df34e0d74d2"net(š‚îÃÊ3b'%
192.168.1.2910.0.0.1ÎÜ *tcp0
Z
$019ca87b-8183-7443-97ef-c096f1434bdb"svc-monitor(ƒƒîÃÊ3r

smbdrunningöµ ¸(
X
$019ca87b-81e7-760a-a3e5-7699adf1d0fa"svc-monitor(çƒîÃÊ3r

zedrunning­0 ¹(
L
$019ca87b-8256-74a7-b255-ce19a9443bdb"disk-monitor(Ö„îÃÊ3Z2	
sda 
L
$019ca87b-82be-7d00-a183-fde8f8446435"disk-monitor(¾…îÃÊ3Z2	
sda%
L
$019ca87b-8324-7fc6-8059-642ab2b7bca6"disk-monitor(¤†îÃÊ3Z2	
sdd'
Y
$019ca87b-833d-7c70-b4f2-1943dc570cd1"svc-monitor(½†îÃÊ3r

nfsdrunningÔ ¹(
]
$019ca87b-83b6-71bc-b530-7b5eb0d1cd4e"net(¶‡îÃÊ3b%#
	10.0.0.2610.0.0.1÷ ½*tcp0
]
$019ca87b-8427-75b0-88cf-648accd67e0e"net(§ˆîÃÊ3b%#
	10.0.0.2010.0.0.1ğ¾ ½*tcp0
]
$019ca87b-8451-7514-a9cc-4669548527b4"net(ÑˆîÃÊ3b%#
	10.0.0.1610.0.0.1ßĞ *tcp0
L
$019ca87b-84a5-7a50-9e46-7abb2ee885a8"disk-monitor(¥‰îÃÊ3Z2	
sdb!
]
$019ca87b-8518-7fc4-b555-27df9ca844f8"net(˜ŠîÃÊ3b%#
	10.0.0.4010.0.0.1”Â *tcp0
\
$019ca87b-8546-7e24-979b-c13cc964060f"net(ÆŠîÃÊ3b$"
10.0.0.610.0.0.1¥Ç *tcp0
Y
$019ca87b-856e-79bd-809b-4ae9e56dbf3b"svc-monitor(îŠîÃÊ3r

sshdrunning¢3 º(
}
$019ca87b-85e4-7cf5-ab17-ed0e4ee554fb"zfs-auto-snap(ä‹îÃÊ3Z;"9
backup/archive@auto-01179backup/archive©íÍ ÀÌ¦£(
w
$019ca87b-864a-73b0-bbdb-fee200eae9d2"zfs-auto-snap(ÊŒîÃÊ3Z5"3
backup/archive@auto-01172backup/archive©íÍ(
L
$019ca87b-86a8-7e92-bbc9-29092aa5ef73"disk-monitor(¨îÃÊ3Z2	
sde 
s
$019ca87b-86f0-7931-ba1c-80b8b2c67271"zfs-auto-snap(ğîÃÊ3Z1"/
tank/home@auto-01180	tank/home©íÍ €ÅÄ‘(
m
$019ca87b-8742-75f3-93be-782f7e984d0f"zfs-auto-snap(ÂîÃÊ3Z+")
tank/home@auto-01170	tank/home©íÍ(
s
$019ca87b-87ac-7682-97ea-92cbcc5ae5c7"zfs-auto-snap(¬îÃÊ3Z1"/
tank/home@auto-01181	tank/home©íÍ À¶…•(
m
$019ca87b-8823-7a09-ac10-7eb750654798"zfs-auto-snap(£îÃÊ3Z+")
tank/home@auto-01171	tank/home©íÍ(
]
$019ca87b-8889-702f-a388-36a71b718906"net(‰‘îÃÊ3b%#
	10.0.0.1010.0.0.1•• ½*tcp0
_
$019ca87b-88a5-7a6c-a441-810041170fea"net(¥‘îÃÊ3b'%
192.168.1.4110.0.0.1• *tcp0
]
$019ca87b-88f5-7be3-891f-1af0117f57ba"net(õ‘îÃÊ3b%#
	10.0.0.2410.0.0.1×Í ½*tcp0
]
$019ca87b-8951-7ed2-9f35-6a68d40d8db4"net(Ñ’îÃÊ3b%#
	10.0.0.3410.0.0.1¶¨ *tcp0
L
$019ca87b-89cc-7667-a936-06e6175a9a41"disk-monitor(Ì“îÃÊ3Z2	
sdd&
Y
$019ca87b-89f2-77b3-9b5c-a438f98d324d"svc-monitor(ò“îÃÊ3r

sshdrunning¢3 »(
L
$019ca87b-8a55-7ca5-adaf-1ab910fc967b"disk-monitor(Õ”îÃÊ3Z2	
sde&
L
$019ca87b-8a81-7606-8e4e-7240d2d6f98f"disk-monitor(•îÃÊ3Z2	
sde%
`
$019ca87b-8a9f-7a9e-8b32-b02b9a2cd601"svc-monitor(Ÿ•îÃÊ3r 

rodent-syncrunningú; »(
L
$019ca87b-8b05-79c5-b007-e5fb15ee0d4f"disk-monitor(…–îÃÊ3Z2	
sdb"
X
$019ca87b-8b1a-7afd-8b0c-e804e526f7b2"svc-monitor(š–îÃÊ3r

zedrunning­0 »(
s
$019ca87b-8b5f-7419-8f3d-0e72120fbd2b"zfs-auto-snap(ß–îÃÊ3Z1"/
tank/home@auto-01182	tank/homeªíÍ €Ç»ì(
m
$019ca87b-8b95-7c28-9c8b-7106ff7862a9"zfs-auto-snap(•—îÃÊ3Z+")
tank/home@auto-01175	tank/homeªíÍ(
L
$019ca87b-8c11-7af8-b274-268372296afb"disk-monitor(‘˜îÃÊ3Z2	
sda%
L
$019ca87b-8c41-7a8f-9b05-cac4f77fcd57"disk-monitor(Á˜îÃÊ3Z2	
sdd
L
$019ca87b-8c5e-735f-adcb-46ce556326b2"disk-monitor(Ş˜îÃÊ3Z2	
sdb#
]
$019ca87b-8c6c-7d52-aa06-af4a4a6d4cf0"net(ì˜îÃÊ3b%#
	10.0.0.2910.0.0.1Ş¤ *tcp0
L
$019ca87b-8c7a-711f-b4c2-feb3e02b9eec"disk-monitor(ú˜îÃÊ3Z2	
sdd
]
$019ca87b-8ca0-704d-bce1-9a9cddfb63b5"net( ™îÃÊ3b%#
	10.0.0.3610.0.0.1¤± ½*tcp0
t
$019ca87b-8cf7-7729-9d69-f98c1b833ad5"auth(÷™îÃÊ32

session_idsess-546j#
!
alicepassword192.168.1.11 
Y
$019ca87b-8d2c-7234-9ab2-ebbd38843247"svc-monitor(¬šîÃÊ3r

nfsdrunningÔ ¼(
X
$019ca87b-8d5f-7db6-8b88-a818ef4d6366"svc-monitor(ßšîÃÊ3r

zedrunning­0 ½(
`
$019ca87b-8d83-7b0b-9fef-852b3fd02e5a"svc-monitor(ƒ›îÃÊ3r 

rodent-syncrunningú; ½(
t
$019ca87b-8ddf-7965-b2c8-b9569289f77a"auth(ß›îÃÊ32

session_idsess-546j#
!
alicepassword192.168.1.41 
Y
$019ca87b-8e0c-75a1-b031-82f326fdb48d"svc-monitor(ŒœîÃÊ3r

sshdrunning¢3 ½(
Z
$019ca87b-8e35-70da-95e2-c3d52753bc73"svc-monitor(µœîÃÊ3r

smbdrunningöµ ½(
L
$019ca87b-8e3a-7214-bf72-50be8eec3da0"disk-monitor(ºœîÃÊ3Z2	
sda
Z
$019ca87b-8e7c-74e4-8dc3-4915a745ef62"svc-monitor(üœîÃÊ3r

smbdrunningöµ ½(
]
$019ca87b-8ee2-79c7-9851-bde297d460e0"net(âîÃÊ3b%#
	10.0.0.3310.0.0.1àš *tcp0
L
$019ca87b-8f05-7198-8cd3-13306edeb24c"disk-monitor(…îÃÊ3Z2	
sdd'
]
$019ca87b-8f1e-78c4-aa43-6f2f0ab9a096"net(îÃÊ3b%#
	10.0.0.1710.0.0.1í® ½*tcp0
`
$019ca87b-8f47-7f93-aee5-8eb706df43bb"svc-monitor(ÇîÃÊ3r 

rodent-syncrunningú; ¾(
_
$019ca87b-8fac-7e80-88c0-c02fe1dd5943"net(¬ŸîÃÊ3b'%
192.168.1.3610.0.0.1ˆÆ *tcp0
Y
$019ca87b-9011-791d-8404-477505d743e1"svc-monitor(‘ îÃÊ3r

nfsdrunningÔ ¾(
X
$019ca87b-9016-746d-95f3-818f6f5a40e1"svc-monitor(– îÃÊ3r

zedrunning­0 ¾(
Z
$019ca87b-9073-7180-b227-dd6d39e82223"svc-monitor(ó îÃÊ3r

smbdrunningöµ ¾(
]
$019ca87b-9098-747a-bb28-6e0cee8cad22"net(˜¡îÃÊ3b%#
	10.0.0.1510.0.0.1¦É ½*tcp0
_
$019ca87b-90f8-7431-be8e-9d98d218e105"net(ø¡îÃÊ3b'%
192.168.1.3310.0.0.1î *tcp0
X
$019ca87b-9113-75b2-9e8e-ca0627de96cb"svc-monitor(“¢îÃÊ3r

zedrunning­0 ¾(
Z
$019ca87b-9147-7e5c-adbe-b9a09a8e34f8"svc-monitor(Ç¢îÃÊ3r

smbdrunningöµ ¾(
]
$019ca87b-9173-793f-9c55-482ad807d58a"net(ó¢îÃÊ3b%#
	10.0.0.1210.0.0.1˜é ½*tcp0
]
$019ca87b-918e-7509-802c-537b1dda06b7"net(£îÃÊ3b%#
	10.0.0.3510.0.0.1›É ½*tcp0
X
$019ca87b-91cc-7db6-88f9-8cbe43b7e720"svc-monitor(Ì£îÃÊ3r

zedrunning­0 ¿(
_
$019ca87b-922b-7137-96bf-59937567f4a5"net(«¤îÃÊ3b'%
192.168.1.5210.0.0.1áë *tcp0
_
$019ca87b-9288-7158-b0db-1f6d5cfcfe35"net(ˆ¥îÃÊ3b'%
192.168.1.3510.0.0.1°ô *tcp0
L
$019ca87b-92d9-7c6f-88a1-76dac738f1b4"disk-monitor(Ù¥îÃÊ3Z2	
sdd#
}
$019ca87b-931c-7169-9478-4a6a2cbe74a6"zfs-auto-snap(œ¦îÃÊ3Z;"9
backup/archive@auto-01183backup/archive¬íÍ €‡·¯(
w
$019ca87b-9383-79b2-ada6-5ce1166c115f"zfs-auto-snap(ƒ§îÃÊ3Z5"3
backup/archive@auto-01173backup/archive¬íÍ(
L
$019ca87b-93e9-7e4c-8fef-8c299ef28c68"disk-monitor(é§îÃÊ3Z2	
sda 
]
$019ca87b-9406-7ad3-848c-366ceb1059d3"net(†¨îÃÊ3b%#
	10.0.0.2010.0.0.1‡Ò *tcp0
]
$019ca87b-9410-7f93-9f59-f21631e7ddc8"net(¨îÃÊ3b%#
	10.0.0.3710.0.0.1¸ê ½*tcp0
X
$019ca87b-945a-7406-bd52-4162d422715e"svc-monitor(Ú¨îÃÊ3r

zedrunning­0 À(
`
$019ca87b-94c9-7d52-b180-e2e7e41226cd"svc-monitor(É©îÃÊ3r 

rodent-syncrunningú; À(
X
$019ca87b-951c-7286-9058-83611bf9987a"svc-monitor(œªîÃÊ3r

zedrunning­0 À(
]
$019ca87b-9559-7d1c-8ed8-7979a67feb53"net(ÙªîÃÊ3b%#
	10.0.0.3610.0.0.1êú *tcp0
`
$019ca87b-9586-7c16-9de0-87678f808c93"svc-monitor(†«îÃÊ3r 

rodent-syncrunningú; À(
]
$019ca87b-95ce-72e3-997a-4c0fc572c625"net(Î«îÃÊ3b%#
	10.0.0.3910.0.0.1™ú ½*tcp0
]
$019ca87b-95ed-78a0-844b-690028e5ec1f"net(í«îÃÊ3b%#
	10.0.0.2210.0.0.1Ê *tcp0
]
$019ca87b-9662-7e0a-8556-180c819e265e"net(â¬îÃÊ3b%#
	10.0.0.2610.0.0.1¹Ñ ½*tcp0
s
$019ca87b-966e-794e-b7ba-045eb5c5a5e7"zfs-auto-snap(î¬îÃÊ3Z1"/
tank/home@auto-01184	tank/home­íÍ €»¹›(
m
$019ca87b-9676-70f1-b2e1-ee8857e793eb"zfs-auto-snap(ö¬îÃÊ3Z+")
tank/home@auto-01176	tank/home­íÍ(
L
$019ca87b-968d-73bc-b2ae-235bf52a4568"disk-monitor(­îÃÊ3Z2	
sde%
Y
$019ca87b-96d6-749d-bd05-48b13a3d9cad"svc-monitor(Ö­îÃÊ3r

sshdrunning¢3 Á(
]
$019ca87b-9713-758a-8df0-3e211fecc639"net(“®îÃÊ3b%#
	10.0.0.2910.0.0.1ô¤ *tcp0
`
$019ca87b-9729-7668-b062-a9597f6d4349"svc-monitor(©®îÃÊ3r 

rodent-syncrunningú; Á(
Y
$019ca87b-9764-7b40-9fcd-de033549d826"svc-monitor(ä®îÃÊ3r

sshdrunning¢3 Á(
`
$019ca87b-97a9-707e-b23a-547b9d041368"svc-monitor(©¯îÃÊ3r 

rodent-syncrunningú; Á(
Y
$019ca87b-9823-7152-a053-b6eb67982af7"svc-monitor(£°îÃÊ3r

sshdrunning¢3 Á(
L
$019ca87b-9869-7d25-a142-c11bfa2e262e"disk-monitor(é°îÃÊ3Z2	
sde&
Y
$019ca87b-987a-784a-b8a1-842d84c42575"svc-monitor(ú°îÃÊ3r

sshdrunning¢3 Á(
L
$019ca87b-98c5-7bad-bb90-11f20c82f830"disk-monitor(Å±îÃÊ3Z2	
sde!
u
$019ca87b-9910-7418-b4f5-f996019e0be2"zfs-auto-snap(²îÃÊ3Z3"1
tank/media@auto-01185
tank/media®íÍ €¼®(
o
$019ca87b-995a-70a3-80e5-2fd1b11dd388"zfs-auto-snap(Ú²îÃÊ3Z-"+
tank/media@auto-01165
tank/media®íÍ(
Y
$019ca87b-9971-7cba-88b0-d55ee575a7b0"svc-monitor(ñ²îÃÊ3r

nfsdrunningÔ Â(
t
$019ca87b-99bd-7738-9c72-b921cd4b6efb"auth(½³îÃÊ32

session_idsess-547j#
!
alicepassword192.168.1.23 
]
$019ca87b-99eb-7ad0-9165-b13454dbd5fb"net(ë³îÃÊ3b%#
	10.0.0.2310.0.0.1à… *tcp0
s
$019ca87b-9a63-79f3-9540-4f83f82ff0bf"auth(ã´îÃÊ32

session_idsess-548j"
 
davepassword192.168.1.19 
L
$019ca87b-9a85-708d-9610-151fadffe598"disk-monitor(…µîÃÊ3Z2	
sda'
L
$019ca87b-9b01-7748-8fae-a3bb4e257d4b"disk-monitor(¶îÃÊ3Z2	
sde"
L
$019ca87b-9b1d-78a0-980d-e092a5d66029"disk-monitor(¶îÃÊ3Z2	
sdd"
]
$019ca87b-9b6f-76a9-8768-d9846f9c8554"net(ï¶îÃÊ3b%#
	10.0.0.1410.0.0.1Ğ½ *tcp0
Z
$019ca87b-9b8c-75ee-85e4-5e404701f24b"svc-monitor(Œ·îÃÊ3r

smbdrunningöµ Ã(
]
$019ca87b-9b9e-76d0-99c5-6cca3d302396"net(·îÃÊ3b%#
	10.0.0.2210.0.0.1÷Õ *tcp0
t
$019ca87b-9bf6-709f-83bb-3ea2b8cc0ea8"auth(ö·îÃÊ32

session_idsess-547j#
!
alicepassword192.168.1.11 
L
$019ca87b-9c69-7cc2-baf4-a3b7e21f8645"disk-monitor(é¸îÃÊ3Z2	
sdb
Y
$019ca87b-9cbe-78ba-982e-96f53ff83714"svc-monitor(¾¹îÃÊ3r

nfsdrunningÔ Ã(
L
$019ca87b-9ced-7f05-b5e4-b42937bcd85a"disk-monitor(í¹îÃÊ3Z2	
sdb
L
$019ca87b-9d43-78f9-aab4-294cdc3a7e74"disk-monitor(ÃºîÃÊ3Z2	
sdb#
]
$019ca87b-9db5-78d6-bbb5-f3604654a10b"net(µ»îÃÊ3b%#
	10.0.0.2810.0.0.1¹ö ½*tcp0
L
$019ca87b-9e0b-7fd7-aa28-64ce20a02bce"disk-monitor(‹¼îÃÊ3Z2	
sdb
L
$019ca87b-9e3f-7d80-8e00-267d38f528a0"disk-monitor(¿¼îÃÊ3Z2	
sdd
L
$019ca87b-9ea6-72e9-82e0-dbc4237a085c"disk-monitor(¦½îÃÊ3Z2	
sda!
]
$019ca87b-9efa-7778-b34a-43aefe9bbe16"net(ú½îÃÊ3b%#
	10.0.0.1510.0.0.1Åõ *tcp0
L
$019ca87b-9f3c-7750-84da-96a94df327c7"disk-monitor(¼¾îÃÊ3Z2	
sde&
s
$019ca87b-9f5a-749f-b362-d01a0441666d"auth(Ú¾îÃÊ32

session_idsess-548j"
 
davepassword192.168.1.11 
_
$019ca87b-9fcf-77b6-914a-cbc9a77a4138"net(Ï¿îÃÊ3b'%
192.168.1.3410.0.0.1ğî *tcp0
\
$019ca87b-9fdb-7982-a889-9fa45740ba1f"net(Û¿îÃÊ3b$"
10.0.0.510.0.0.1™İ *tcp0
Z
$019ca87b-a006-7b99-a30e-057f649d0efb"auth(†ÀîÃÊ3j!

bobpassword192.168.1.19 
Z
$019ca87b-a07f-7443-8eb5-a1d841c0ee69"svc-monitor(ÿÀîÃÊ3r

smbdrunningöµ Ä(
]
$019ca87b-a0db-74fe-a16d-39ed9ee03941"net(ÛÁîÃÊ3b%#
	10.0.0.2810.0.0.1¿™ *tcp0
L
$019ca87b-a0fa-7098-ba2c-84b46baae1fa"disk-monitor(úÁîÃÊ3Z2	
sde"
L
$019ca87b-a12e-756c-8339-2384eb2515db"disk-monitor(®ÂîÃÊ3Z2	
sda$
s
$019ca87b-a164-79c7-aedf-df603015d32a"zfs-auto-snap(äÂîÃÊ3Z1"/
tank/home@auto-01186	tank/home°íÍ ÀÎ„ã(
m
$019ca87b-a1cd-789f-b65e-e2e0fae09e0d"zfs-auto-snap(ÍÃîÃÊ3Z+")
tank/home@auto-01180	tank/home°íÍ(
\
$019ca87b-a241-764b-ab0d-962c400d0030"net(ÁÄîÃÊ3b$"
10.0.0.810.0.0.1Æé ½*tcp0
L
$019ca87b-a251-75bc-ba73-dc616c901a85"disk-monitor(ÑÄîÃÊ3Z2	
sde
]
$019ca87b-a286-79ae-b66c-65e1040d31da"net(†ÅîÃÊ3b%#
	10.0.0.3310.0.0.1§Ä *tcp0
]
$019ca87b-a2e8-7a5a-9748-b26a56fdd6d1"net(èÅîÃÊ3b%#
	10.0.0.3810.0.0.1³ï ½*tcp0
X
$019ca87b-a34e-7a9e-95d2-9c9adc0a94f1"svc-monitor(ÎÆîÃÊ3r

zedrunning­0 Å(
]
$019ca87b-a385-75b7-8fa2-5633346ee35f"net(…ÇîÃÊ3b%#
	10.0.0.2710.0.0.1¿Ë ½*tcp0
Y
$019ca87b-a3f8-7061-831d-485e4c4ae017"svc-monitor(øÇîÃÊ3r

sshdrunning¢3 Å(
Y
$019ca87b-a449-7649-91a7-2e76dc0891d5"svc-monitor(ÉÈîÃÊ3r

sshdrunning¢3 Æ(
Z
$019ca87b-a4be-728d-bcb9-2a6600dabf91"svc-monitor(¾ÉîÃÊ3r

smbdrunningöµ Æ(
Y
$019ca87b-a531-72f8-8361-e833810c5376"svc-monitor(±ÊîÃÊ3r

sshdrunning¢3 Æ(
X
$019ca87b-a588-75ae-b31f-61b26f5dc975"svc-monitor(ˆËîÃÊ3r

zedrunning­0 Æ(
L
$019ca87b-a59c-7fd5-8cf7-e83562d4aa47"disk-monitor(œËîÃÊ3Z2	
sdb'
`
$019ca87b-a5e1-7439-9d9b-797b554d161e"svc-monitor(áËîÃÊ3r 

rodent-syncrunningú; Æ(
L
$019ca87b-a629-7e5f-92c5-09b01c3cfe18"disk-monitor(©ÌîÃÊ3Z2	
sdb'
`
$019ca87b-a67d-78e0-94b0-632135bf9519"svc-monitor(ıÌîÃÊ3r 

rodent-syncrunningú; Æ(
L
$019ca87b-a6d8-7381-af28-62cbd1f6ca12"disk-monitor(ØÍîÃÊ3Z2	
sda!
L
$019ca87b-a6f6-7d50-90fa-f8a3e868c580"disk-monitor(öÍîÃÊ3Z2	
sdb!
]
$019ca87b-a75b-72db-9def-0a03b0ecadf1"net(ÛÎîÃÊ3b%#
	10.0.0.1310.0.0.1İ± ½*tcp0
L
$019ca87b-a796-7868-8a49-fd0fff6d6ab9"disk-monitor(–ÏîÃÊ3Z2	
sda%
]
$019ca87b-a7b7-7d26-92df-49271b020afd"net(·ÏîÃÊ3b%#
	10.0.0.3010.0.0.1‡Ç *tcp0
Y
$019ca87b-a81b-7fdb-a61b-c47b882e897b"svc-monitor(›ĞîÃÊ3r

nfsdrunningÔ Ç(
]
$019ca87b-a85c-7c3d-8a07-8382e0aa48e9"net(ÜĞîÃÊ3b%#
	10.0.0.1910.0.0.1Ÿ• ½*tcp0
L
$019ca87b-a888-70a0-8cce-69f027ed6d42"disk-monitor(ˆÑîÃÊ3Z2	
sda'
L
$019ca87b-a8aa-7490-a980-88b2f3bd87eb"disk-monitor(ªÑîÃÊ3Z2	
sdd"
X
$019ca87b-a907-72fe-9210-ddfe717663fd"svc-monitor(‡ÒîÃÊ3r

zedrunning­0 Ç(
u
$019ca87b-a966-7ed4-bb62-37e8fdf8903e"zfs-auto-snap(æÒîÃÊ3Z3"1
tank/media@auto-01187
tank/media²íÍ €ø¼¯(
o
$019ca87b-a9c6-7c47-bd84-b53cde24cf49"zfs-auto-snap(ÆÓîÃÊ3Z-"+
tank/media@auto-01166
tank/media²íÍ(
Z
$019ca87b-aa1b-79d4-aa28-ba2bcde97361"svc-monitor(›ÔîÃÊ3r

smbdrunningöµ È(
Y
$019ca87b-aa92-7dc6-b9d8-288df3878b2d"svc-monitor(’ÕîÃÊ3r

nfsdrunningÔ È(
Y
$019ca87b-aa9f-7e06-aade-f6f4a2e4a0f9"svc-monitor(ŸÕîÃÊ3r

sshdrunning¢3 È(
Z
$019ca87b-ab14-7cbe-858d-0a05bb0e512c"svc-monitor(”ÖîÃÊ3r

smbdrunningöµ È(
s
$019ca87b-ab7a-7b44-a674-82a047e7d3ad"auth(úÖîÃÊ32

session_idsess-549j"
 
davepassword192.168.1.11 
Y
$019ca87b-abc4-763e-a7ae-fbb087d64b60"svc-monitor(Ä×îÃÊ3r

sshdrunning¢3 È(
L
$019ca87b-abcf-7b43-9672-b0bb1902b98b"disk-monitor(Ï×îÃÊ3Z2	
sde&
L
$019ca87b-ac41-7200-8c48-2d5cf61385aa"disk-monitor(ÁØîÃÊ3Z2	
sde&
]
$019ca87b-ac86-7e1c-8192-6cf881c45113"net(†ÙîÃÊ3b%#
	10.0.0.4110.0.0.1úú ½*tcp0
Z
$019ca87b-acd0-7f8d-a8d0-29aa918df40a"svc-monitor(ĞÙîÃÊ3r

smbdrunningöµ È(
L
$019ca87b-ad2a-7429-abf5-13c4b65c5c2a"disk-monitor(ªÚîÃÊ3Z2	
sdb
Y
$019ca87b-ad6c-70c6-aa77-a5b552985f18"svc-monitor(ìÚîÃÊ3r

sshdrunning¢3 É(
s
$019ca87b-ade0-7761-82d2-caddaded52ac"auth(àÛîÃÊ32

session_idsess-549j"
 
davepassword192.168.1.10 
Y
$019ca87b-ae58-7536-bd77-f7b1194c0805"svc-monitor(ØÜîÃÊ3r

sshdrunning¢3 É(
}
$019ca87b-ae83-7d5b-9dcd-06fc47ae3d1f"zfs-auto-snap(ƒİîÃÊ3Z;"9
backup/archive@auto-01188backup/archive³íÍ À™ä(
w
$019ca87b-aee9-7e7d-a55b-9458c1b2750e"zfs-auto-snap(éİîÃÊ3Z5"3
backup/archive@auto-01174backup/archive³íÍ(
_
$019ca87b-af2f-734e-a6c4-8c5df73c7611"net(¯ŞîÃÊ3b'%
192.168.1.1610.0.0.1…ú *tcp0
]
$019ca87b-af35-78a8-9e3d-1d9e9a6f9cf6"net(µŞîÃÊ3b%#
	10.0.0.3810.0.0.1Ñš ½*tcp0
X
$019ca87b-afa9-7ad3-8be0-fec04d6151cf"svc-monitor(©ßîÃÊ3r

zedrunning­0 É(
u
$019ca87b-afec-70dc-a772-d9f893743b41"zfs-auto-snap(ìßîÃÊ3Z3"1
tank/media@auto-01189
tank/media´íÍ €ê¶ã(
o
$019ca87b-b034-77da-ae18-c0c846a5bd7c"zfs-auto-snap(´àîÃÊ3Z-"+
tank/media@auto-01167
tank/media´íÍ(
Z
$019ca87b-b09b-70a7-9720-d932c170eac6"svc-monitor(›áîÃÊ3r

smbdrunningöµ Ê(
Y
$019ca87b-b0af-74cf-b130-1b67492a0fa7"svc-monitor(¯áîÃÊ3r

nfsdrunningÔ Ê(
X
$019ca87b-b107-7cfc-8020-c386de3d0dbe"svc-monitor(‡âîÃÊ3r

zedrunning­0 Ê(
Y
$019ca87b-b12b-7464-b513-3d4f09805ae9"svc-monitor(«âîÃÊ3r

nfsdrunningÔ Ê(
_
$019ca87b-b17c-757e-9b0d-0af994b7ac18"net(üâîÃÊ3b'%
192.168.1.2310.0.0.1¥² *tcp0
`
$019ca87b-b188-759a-ad10-8bf0600db0dc"svc-monitor(ˆãîÃÊ3r 

rodent-syncrunningú; Ê(
Y
$019ca87b-b1c8-7b10-b2ba-2970d1a3f69f"svc-monitor(ÈãîÃÊ3r

sshdrunning¢3 Ê(
]
$019ca87b-b1f9-7010-a43d-7b6ab264d809"net(ùãîÃÊ3b%#
	10.0.0.2910.0.0.1¾é *tcp0
Y
$019ca87b-b246-7978-9a05-e91e9c6fb3db"svc-monitor(ÆäîÃÊ3r

sshdrunning¢3 Ê(
L
$019ca87b-b290-72c4-a5a1-6509e8ffb684"disk-monitor(åîÃÊ3Z2	
sda
]
$019ca87b-b2cb-7509-a90c-75740216b862"net(ËåîÃÊ3b%#
	10.0.0.1510.0.0.1Í• *tcp0
u
$019ca87b-b2e1-77b1-a273-553848e119df"zfs-auto-snap(áåîÃÊ3Z3"1
tank/media@auto-01190
tank/media´íÍ €‚¤½(
o
$019ca87b-b35d-7c38-bacd-2ee7964aa346"zfs-auto-snap(İæîÃÊ3Z-"+
tank/media@auto-01178
tank/media´íÍ(
s
$019ca87b-b3d1-7d25-83c2-e8e77dd3b698"zfs-auto-snap(ÑçîÃÊ3Z1"/
tank/home@auto-01191	tank/homeµíÍ €±Û
(
m
$019ca87b-b442-747a-a3df-adc0d508c5fd"zfs-auto-snap(ÂèîÃÊ3Z+")
tank/home@auto-01181	tank/homeµíÍ(
_
$019ca87b-b495-73f3-bf56-68af7231ae78"net(•éîÃÊ3b'%
192.168.1.4310.0.0.1ùÓ *tcp0
_
$019ca87b-b4a9-7c3c-8c44-20440682815e"net(©éîÃÊ3b'%
192.168.1.1010.0.0.1Ğô *tcp0
L
$019ca87b-b521-7d02-8d6c-f833400f15d6"disk-monitor(¡êîÃÊ3Z2	
sdb"
]
$019ca87b-b553-758a-b046-3422ee742505"net(ÓêîÃÊ3b%#
	10.0.0.3910.0.0.1÷× ½*tcp0
X
$019ca87b-b5a4-7aad-9bae-df570040ecdd"svc-monitor(¤ëîÃÊ3r

zedrunning­0 Ì(
\
$019ca87b-b5e8-7a74-bf08-e11e1b924f55"net(èëîÃÊ3b$"
10.0.0.710.0.0.1¶¾ ½*tcp0
L
$019ca87b-b607-7152-b2af-9a20399335f1"disk-monitor(‡ìîÃÊ3Z2	
sdb#
Y
$019ca87b-b63e-7685-a45e-b2624f7353d2"svc-monitor(¾ìîÃÊ3r

sshdrunning¢3 Ì(
}
$019ca87b-b66d-798e-9411-112c01093c63"zfs-auto-snap(íìîÃÊ3Z;"9
backup/archive@auto-01192backup/archiveµíÍ €ûÄÿ(
w
$019ca87b-b685-7b8e-b273-9e7ee30e7ff6"zfs-auto-snap(…íîÃÊ3Z5"3
backup/archive@auto-01177backup/archiveµíÍ(
\
$019ca87b-b6b4-7864-bd06-43c3caa7e5b2"net(´íîÃÊ3b$"
10.0.0.910.0.0.1ĞÌ ½*tcp0
_
$019ca87b-b723-7404-81ca-fe9b6bf64f99"net(£îîÃÊ3b'%
192.168.1.5010.0.0.1²­ *tcp0
u
$019ca87b-b743-73f3-b7a1-cd9314406256"zfs-auto-snap(ÃîîÃÊ3Z3"1
tank/media@auto-01193
tank/media¶íÍ ÀÂãı(
o
$019ca87b-b764-76c6-a337-7ebb1f6c434f"zfs-auto-snap(äîîÃÊ3Z-"+
tank/media@auto-01185
tank/media¶íÍ(
Y
$019ca87b-b77c-7089-8672-51c5e78a2be2"svc-monitor(üîîÃÊ3r

sshdrunning¢3 Í(
L
$019ca87b-b7b2-79d3-9df6-4cbe2aadbf00"disk-monitor(²ïîÃÊ3Z2	
sdb
L
$019ca87b-b7f2-7a08-a7a9-e3d5846cc6f1"disk-monitor(òïîÃÊ3Z2	
sdd!
\
$019ca87b-b82e-7612-a599-39cbf7de2600"net(®ğîÃÊ3b$"
10.0.0.210.0.0.1Ñ¥ *tcp0
L
$019ca87b-b83b-702d-8870-c28673d7f62a"disk-monitor(»ğîÃÊ3Z2	
sde!
Z
$019ca87b-b863-7b7d-b6dc-075eaed694eb"svc-monitor(ãğîÃÊ3r

smbdrunningöµ Í(
X
$019ca87b-b8dc-7c19-b242-cf496ffc9d12"svc-monitor(ÜñîÃÊ3r

zedrunning­0 Í(
]
$019ca87b-b8f8-7e19-bc01-3b84bafa6d14"net(øñîÃÊ3b%#
	10.0.0.1910.0.0.1È… *tcp0
L
$019ca87b-b90e-7dd0-b294-537967ab2c30"disk-monitor(òîÃÊ3Z2	
sda 
L
$019ca87b-b932-7a12-8145-e45d71b91cbb"disk-monitor(²òîÃÊ3Z2	
sdd
L
$019ca87b-b997-7385-9409-9c0bd742c378"disk-monitor(—óîÃÊ3Z2	
sdd#
L
$019ca87b-b9e3-709a-9b60-1d605c18737b"disk-monitor(ãóîÃÊ3Z2	
sdb"
L
$019ca87b-ba4f-73fb-9b6b-1b545f3abcf1"disk-monitor(ÏôîÃÊ3Z2	
sdd!
Y
$019ca87b-baa3-7fb3-a0e7-915bccb0308f"svc-monitor(£õîÃÊ3r

sshdrunning¢3 Î(
}
$019ca87b-bae2-7fce-a277-6eb337833131"zfs-auto-snap(âõîÃÊ3Z;"9
backup/archive@auto-01194backup/archive¶íÍ Àì©ë	(
w
$019ca87b-bb39-7062-8b9f-78e3b43a85a8"zfs-auto-snap(¹öîÃÊ3Z5"3
backup/archive@auto-01179backup/archive·íÍ(
L
$019ca87b-bb6b-7e67-afe7-5b5079cf494c"disk-monitor(ëöîÃÊ3Z2	
sda 
]
$019ca87b-bbdc-7479-88ca-84fb90ea4b70"net(Ü÷îÃÊ3b%#
	10.0.0.2610.0.0.1œã ½*tcp0
L
$019ca87b-bbe6-73f2-bd54-1be0bd0acc10"disk-monitor(æ÷îÃÊ3Z2	
sde 
L
$019ca87b-bc1b-7e8a-bc7b-431a3933de0e"disk-monitor(›øîÃÊ3Z2	
sda!
L
$019ca87b-bc7d-7bf4-8275-c28f938ff06f"disk-monitor(ıøîÃÊ3Z2	
sda"
}
$019ca87b-bccc-782a-a3bf-ad9f7108142f"zfs-auto-snap(ÌùîÃÊ3Z;"9
backup/archive@auto-01195backup/archive·íÍ À­›µ(
w
$019ca87b-bd2c-7540-b88d-b2ad706e0e4f"zfs-auto-snap(¬úîÃÊ3Z5"3
backup/archive@auto-01183backup/archive·íÍ(
L
$019ca87b-bd4e-7dd9-bb04-0b3bed6db8c6"disk-monitor(ÎúîÃÊ3Z2	
sde
]
$019ca87b-bd70-70fc-8f3d-a4cc9c6b30ea"net(ğúîÃÊ3b%#
	10.0.0.1410.0.0.1€Ä *tcp0
L
$019ca87b-bd8c-7dbc-82c6-0cbcc141242a"disk-monitor(ŒûîÃÊ3Z2	
sda!
L
$019ca87b-bd96-73d8-ae68-112dd82051fb"disk-monitor(–ûîÃÊ3Z2	
sda&
X
$019ca87b-bdc7-7c5f-8a58-2e994ef16ef4"svc-monitor(ÇûîÃÊ3r

zedrunning­0 Ï(
L
$019ca87b-be09-728b-b590-220f593d2828"disk-monitor(‰üîÃÊ3Z2	
sda&
]
$019ca87b-be40-7740-8823-fb548518ec08"net(ÀüîÃÊ3b%#
	10.0.0.1910.0.0.1¹» ½*tcp0
Z
$019ca87b-be4b-71b0-9ed0-0fdc6ae5e11f"svc-monitor(ËüîÃÊ3r

smbdrunningöµ Ğ(
L
$019ca87b-beaf-74f6-8deb-2ec7126da8ac"disk-monitor(¯ıîÃÊ3Z2	
sda&
Y
$019ca87b-bec9-751e-9b26-ad864aabbe18"svc-monitor(ÉıîÃÊ3r

nfsdrunningÔ Ğ(
t
$019ca87b-bf1e-7c54-9a5a-c3e574fed113"auth(şîÃÊ32

session_idsess-550j#
!
carolpassword192.168.1.10 
]
$019ca87b-bf8c-70e7-825f-79b458315676"net(ŒÿîÃÊ3b%#
	10.0.0.1010.0.0.1Ó¾ *tcp0
Y
$019ca87b-bfc1-788e-bb4c-a50d5b4d50d7"svc-monitor(ÁÿîÃÊ3r

nfsdrunningÔ Ğ(
Y
$019ca87b-bff3-70e8-b1fe-d97556cbe320"svc-monitor(óÿîÃÊ3r

nfsdrunningÔ Ğ(
L
$019ca87b-c05f-7942-b248-221ce57efac8"disk-monitor(ß€ïÃÊ3Z2	
sde#
X
$019ca87b-c09d-71b1-98f8-7fb34f9137bd"svc-monitor(ïÃÊ3r

zedrunning­0 Ğ(
X
$019ca87b-c0e0-76d9-a93e-a6a0123b9017"svc-monitor(àïÃÊ3r

zedrunning­0 Ğ(
]
$019ca87b-c129-7833-898b-9139cde5425e"net(©‚ïÃÊ3b%#
	10.0.0.1210.0.0.1¾ *tcp0
Z
$019ca87b-c167-7e2d-b838-22882bc77ac5"svc-monitor(ç‚ïÃÊ3r

smbdrunningöµ Ñ(
L
$019ca87b-c1b5-75f0-bf9d-478d7565f5bb"disk-monitor(µƒïÃÊ3Z2	
sde%
Z
$019ca87b-c1cb-71c4-9091-be5b03305b1c"svc-monitor(ËƒïÃÊ3r

smbdrunningöµ Ñ(
\
$019ca87b-c1e8-76f6-a1c6-e38b29c6db68"net(èƒïÃÊ3b$"
10.0.0.510.0.0.1›ø *tcp0
\
$019ca87b-c236-7b53-b346-c499ba439aae"net(¶„ïÃÊ3b$"
10.0.0.910.0.0.1¹÷ ½*tcp0
\
$019ca87b-c262-778f-8294-ed07ba07f77f"net(â„ïÃÊ3b$"
10.0.0.810.0.0.1©Ğ ½*tcp0
u
$019ca87b-c2b2-741b-8ce1-e832106bc70f"zfs-auto-snap(²…ïÃÊ3Z3"1
tank/media@auto-01196
tank/media¸íÍ €×åõ(
o
$019ca87b-c2f5-7edb-997f-470cc7e43642"zfs-auto-snap(õ…ïÃÊ3Z-"+
tank/media@auto-01187
tank/media¹íÍ(
X
$019ca87b-c307-71b3-ad1f-2e27883542f2"svc-monitor(‡†ïÃÊ3r

zedrunning­0 Ñ(
X
$019ca87b-c32d-70fd-829f-eccd1bde016c"svc-monitor(­†ïÃÊ3r

zedrunning­0 Ò(
Z
$019ca87b-c332-7104-a01b-e71f9657c686"svc-monitor(²†ïÃÊ3r

smbdrunningöµ Ò(
X
$019ca87b-c34c-790b-8390-405dfcb93b2b"svc-monitor(Ì†ïÃÊ3r

zedrunning­0 Ò(
`
$019ca87b-c385-70c3-99c0-c0a56db345bd"svc-monitor(…‡ïÃÊ3r 

rodent-syncrunningú; Ò(
u
$019ca87b-c3b8-7783-982f-579629b25aa6"zfs-auto-snap(¸‡ïÃÊ3Z3"1
tank/media@auto-01197
tank/media¹íÍ ÀÕ—ª(
o
$019ca87b-c3c4-72a1-8a3f-adf8e0babd30"zfs-auto-snap(Ä‡ïÃÊ3Z-"+
tank/media@auto-01189
tank/media¹íÍ(
L
$019ca87b-c42d-7cb7-bfe9-64c759395bd2"disk-monitor(­ˆïÃÊ3Z2	
sdb 
L
$019ca87b-c49d-7fde-b1de-94a7298e66bf"disk-monitor(‰ïÃÊ3Z2	
sdd
Z
$019ca87b-c4d6-7044-9b2d-74f0e23a7b18"svc-monitor(Ö‰ïÃÊ3r

smbdrunningöµ Ò(
X
$019ca87b-c4ee-7ed8-bde4-0d940c891492"svc-monitor(î‰ïÃÊ3r

zedrunning­0 Ò(
Y
$019ca87b-c51c-76af-9d1b-980c133afe53"svc-monitor(œŠïÃÊ3r

sshdrunning¢3 Ó(
X
$019ca87b-c542-7a04-ad01-13cf4e3d6cf6"svc-monitor(ÂŠïÃÊ3r

zedrunning­0 Ó(
]
$019ca87b-c5b8-7450-9d80-ecab1040a49a"net(¸‹ïÃÊ3b%#
	10.0.0.2410.0.0.1È *tcp0
Y
$019ca87b-c62a-7942-b6d0-6b3dfb5baee7"svc-monitor(ªŒïÃÊ3r

nfsdrunningÔ Ó(
X
$019ca87b-c681-79c7-807e-583edca93910"svc-monitor(ïÃÊ3r

zedrunning­0 Ó(
L
$019ca87b-c6e2-7ba4-b974-5f8cb3c48acd"disk-monitor(âïÃÊ3Z2	
sde"
L
$019ca87b-c752-7458-aab6-48aa300ef94d"disk-monitor(ÒïÃÊ3Z2	
sdb
`
$019ca87b-c76e-78ef-bf6c-44ead3da765a"svc-monitor(îïÃÊ3r 

rodent-syncrunningú; Ó(
L
$019ca87b-c799-7d9e-9f67-48fecbc9dc3d"disk-monitor(™ïÃÊ3Z2	
sda!
u
$019ca87b-c7cf-7df9-87c7-95ccaddf83da"zfs-auto-snap(ÏïÃÊ3Z3"1
tank/media@auto-01198
tank/mediaºíÍ Àí²
(
o
$019ca87b-c844-7456-9970-0b29f29e643a"zfs-auto-snap(ÄïÃÊ3Z-"+
tank/media@auto-01190
tank/mediaºíÍ(
t
$019ca87b-c890-7a60-ab4c-91272dfba656"auth(‘ïÃÊ32

session_idsess-550j#
!
carolpassword192.168.1.16 
L
$019ca87b-c8ba-7646-bab2-78fff7506f7c"disk-monitor(º‘ïÃÊ3Z2	
sdd$
Y
$019ca87b-c8cd-72c1-9e0e-ad4efda9efa5"svc-monitor(Í‘ïÃÊ3r

sshdrunning¢3 Ô(
s
$019ca87b-c924-77df-8fda-632df85fa55c"zfs-auto-snap(¤’ïÃÊ3Z1"/
tank/home@auto-01199	tank/homeºíÍ €ØİÏ(
m
$019ca87b-c933-7cde-b6a0-66eded808e7c"zfs-auto-snap(³’ïÃÊ3Z+")
tank/home@auto-01182	tank/homeºíÍ(
]
$019ca87b-c981-776e-9b61-12146fee36bd"net(“ïÃÊ3b%#
	10.0.0.3210.0.0.1¦  *tcp0
\
$019ca87b-c9a2-7b95-9ccb-0f2deb5859bd"net(¢“ïÃÊ3b$"
10.0.0.410.0.0.1ïÖ *tcp0
L
$019ca87b-c9eb-71cb-9762-45691ac7709b"disk-monitor(ë“ïÃÊ3Z2	
sda"
Y
$019ca87b-ca34-7cf7-b065-77be58798d25"svc-monitor(´”ïÃÊ3r

sshdrunning¢3 Ô(
Y
$019ca87b-ca79-780c-9093-1cc4a2691a47"svc-monitor(ù”ïÃÊ3r

nfsdrunningÔ Õ(
L
$019ca87b-ca8a-799a-be52-f36bfe9fa19e"disk-monitor(Š•ïÃÊ3Z2	
sdb"
Z
$019ca87b-cae6-7901-b65d-db6da027e033"svc-monitor(æ•ïÃÊ3r

smbdrunningöµ Õ(
Y
$019ca87b-cb00-7a2e-8347-0ac12875b940"svc-monitor(€–ïÃÊ3r

nfsdrunningÔ Õ(
]
$019ca87b-cb24-7ebd-8787-f47fe16d8c42"net(¤–ïÃÊ3b%#
	10.0.0.1510.0.0.1Òë *tcp0
u
$019ca87b-cb81-7e11-9a47-64154b50f688"zfs-auto-snap(—ïÃÊ3Z3"1
tank/media@auto-01200
tank/media»íÍ ÀöÑ¢
(
o
$019ca87b-cb9d-70c8-aaae-d1e53f4d8892"zfs-auto-snap(—ïÃÊ3Z-"+
tank/media@auto-01193
tank/media»íÍ(
]
$019ca87b-cc0a-7d89-b894-f635ce768bbc"net(Š˜ïÃÊ3b%#
	10.0.0.1410.0.0.1Ÿ‡ ½*tcp0
L
$019ca87b-cc82-79e0-a67c-a3fb4d3010db"disk-monitor(‚™ïÃÊ3Z2	
sdd&
X
$019ca87b-ccec-7315-ae0f-bebdacd569fa"svc-monitor(ì™ïÃÊ3r

zedrunning­0 Õ(
]
$019ca87b-cd18-77b2-b578-77ec2a67ac2c"net(˜šïÃÊ3b%#
	10.0.0.1510.0.0.1¯Á *tcp0
L
$019ca87b-cd87-772b-bfc0-fed4f5d14953"disk-monitor(‡›ïÃÊ3Z2	
sdb%
X
$019ca87b-cdbe-7c7e-b73c-27af0e8882f7"svc-monitor(¾›ïÃÊ3r

zedrunning­0 Ö(
\
$019ca87b-ce25-751c-978d-0885616969d1"net(¥œïÃÊ3b$"
10.0.0.910.0.0.1®Ê ½*tcp0
t
$019ca87b-ce82-7785-b47e-aaf92572ca2d"zfs-auto-snap(‚ïÃÊ3Z2"0
tank/media@auto-01201
tank/media»íÍ €¼ŞW(
o
$019ca87b-ce93-7aba-98ba-7ded286b1e66"zfs-auto-snap(“ïÃÊ3Z-"+
tank/media@auto-01196
tank/media¼íÍ(
[
$019ca87b-ceaa-7ae5-9cf7-6121f943616e"auth(ªïÃÊ3j"
 
davepassword192.168.1.42 
`
$019ca87b-cef7-7075-8b37-8ad244a00fb6"svc-monitor(÷ïÃÊ3r 

rodent-syncrunningú; Ö(
]
$019ca87b-cf17-703c-b766-e21f0be339c8"net(—ïÃÊ3b%#
	10.0.0.3610.0.0.1¡ƒ ½*tcp0
]
$019ca87b-cf8b-7148-8c51-a07444327fcb"net(‹ŸïÃÊ3b%#
	10.0.0.4010.0.0.1ªÓ *tcp0
_
$019ca87b-cfce-7612-99d0-b15062984c73"net(ÎŸïÃÊ3b'%
192.168.1.2410.0.0.1ñü *tcp0
]
$019ca87b-d01d-7ccc-b4fd-8c47e04078c5"net( ïÃÊ3b%#
	10.0.0.2510.0.0.1Ù« *tcp0
_
$019ca87b-d073-7056-bd35-95cd4a9d4364"net(ó ïÃÊ3b'%
192.168.1.1010.0.0.1íè *tcp0
Z
$019ca87b-d0e8-789c-b569-b1a718708d0f"svc-monitor(è¡ïÃÊ3r

smbdrunningöµ ×(
L
$019ca87b-d160-7feb-b0a4-2ff26fde26eb"disk-monitor(à¢ïÃÊ3Z2	
sdb%
\
$019ca87b-d18a-71f7-90f9-00661afff5ae"net(Š£ïÃÊ3b$"
10.0.0.410.0.0.1¿Ì ½*tcp0
]
$019ca87b-d1db-7ea9-81fc-f141378a3e75"net(Û£ïÃÊ3b%#
	10.0.0.3610.0.0.1Ö× *tcp0
Y
$019ca87b-d22a-76f4-a52f-ac5145d9f401"svc-monitor(ª¤ïÃÊ3r

nfsdrunningÔ ×(
Y
$019ca87b-d23b-72d8-a6bc-c1571c33c897"svc-monitor(»¤ïÃÊ3r

sshdrunning¢3 ×(
Y
$019ca87b-d267-7975-8854-fa76e51dc810"svc-monitor(ç¤ïÃÊ3r

sshdrunning¢3 ×(
Y
$019ca87b-d285-7da1-9938-95fae9b68217"svc-monitor(…¥ïÃÊ3r

nfsdrunningÔ Ø(
L
$019ca87b-d2f5-7b34-8941-b71ef2977e03"disk-monitor(õ¥ïÃÊ3Z2	
sdb&
`
$019ca87b-d303-7765-880a-40d6716aae5a"svc-monitor(ƒ¦ïÃÊ3r 

rodent-syncrunningú; Ø(
_
$019ca87b-d308-7ba8-844f-1d88accf4e3c"net(ˆ¦ïÃÊ3b'%
192.168.1.4110.0.0.1Ê‚ *tcp0
]
$019ca87b-d333-78f3-a925-726c6b3c9ef2"net(³¦ïÃÊ3b%#
	10.0.0.1510.0.0.1©î *tcp0
`
$019ca87b-d343-7c73-9112-2e30b4f87a2c"svc-monitor(Ã¦ïÃÊ3r 

rodent-syncrunningú; Ø(
]
$019ca87b-d34d-79aa-b4f1-0209c92ae4de"net(Í¦ïÃÊ3b%#
	10.0.0.2810.0.0.1ãÌ *tcp0
L
$019ca87b-d3a5-7050-a7fa-79c1f352eb3f"disk-monitor(¥§ïÃÊ3Z2	
sda!
]
$019ca87b-d3f1-75d9-97ee-c6dbf7dfae08"net(ñ§ïÃÊ3b%#
	10.0.0.1010.0.0.1‡‘ *tcp0
L
$019ca87b-d408-70fb-97a0-059391c40c11"disk-monitor(ˆ¨ïÃÊ3Z2	
sdd
_
$019ca87b-d441-742a-9ab9-8cb213c9fd52"net(Á¨ïÃÊ3b'%
192.168.1.5410.0.0.1Š¬ *tcp0
\
$019ca87b-d47a-7bcc-a954-99274d5f8e4d"net(ú¨ïÃÊ3b$"
10.0.0.610.0.0.1É ½*tcp0
Y
$019ca87b-d4ed-7c6c-b000-6daf7aa123e3"svc-monitor(í©ïÃÊ3r

nfsdrunningÔ Ù(
t
$019ca87b-d535-7524-8a1e-bfad02bb4517"auth(µªïÃÊ32

session_idsess-551j#
!
alicepassword192.168.1.25 
Z
$019ca87b-d5ac-7d0b-9961-37c0e1073828"svc-monitor(¬«ïÃÊ3r

smbdrunningöµ Ù(
]
$019ca87b-d622-7d10-ba90-5e392302263e"net(¢¬ïÃÊ3b%#
	10.0.0.3210.0.0.1ıú *tcp0
s
$019ca87b-d652-702d-98d2-64d6c59dd170"auth(Ò¬ïÃÊ32

session_idsess-552j"
 
davepassword192.168.1.35 
L
$019ca87b-d662-71f6-8fb2-09364dae4b7f"disk-monitor(â¬ïÃÊ3Z2	
sdb'
t
$019ca87b-d6d3-7032-8c25-2d704ecff54d"auth(Ó­ïÃÊ32

session_idsess-551j#
!
alicepassword192.168.1.23 
L
$019ca87b-d6f7-7aae-a6e6-d5cf4c144da9"disk-monitor(÷­ïÃÊ3Z2	
sda
]
$019ca87b-d727-79e3-b20a-b265ddcf3655"net(§®ïÃÊ3b%#
	10.0.0.3010.0.0.1éá ½*tcp0
s
$019ca87b-d72e-73d6-a449-1110b6c71373"auth(®®ïÃÊ32

session_idsess-552j"
 
davepassword192.168.1.42 
L
$019ca87b-d77e-749a-8d1c-c16b23765aa2"disk-monitor(ş®ïÃÊ3Z2	
sde&
u
$019ca87b-d7ce-7eca-a985-c37d3a4c9f42"zfs-auto-snap(Î¯ïÃÊ3Z3"1
tank/media@auto-01202
tank/media¾íÍ €ÓÓ×(
o
$019ca87b-d825-7c4c-8f6b-5e54a96270a6"zfs-auto-snap(¥°ïÃÊ3Z-"+
tank/media@auto-01197
tank/media¾íÍ(
L
$019ca87b-d840-7ec4-b3fd-64fa2306a48b"disk-monitor(À°ïÃÊ3Z2	
sde
]
$019ca87b-d8b7-7781-abab-b5ddbd274457"net(·±ïÃÊ3b%#
	10.0.0.3010.0.0.1¹ü *tcp0
]
$019ca87b-d8db-7112-985f-bb3c089fce4f"net(Û±ïÃÊ3b%#
	10.0.0.1710.0.0.1öŒ ½*tcp0
]
$019ca87b-d8ea-7eac-ae39-0126b04e18c1"net(ê±ïÃÊ3b%#
	10.0.0.3510.0.0.1³œ ½*tcp0
L
$019ca87b-d926-7269-8825-144f1bb8d03a"disk-monitor(¦²ïÃÊ3Z2	
sdb!
\
$019ca87b-d950-7327-98e8-959feb639e01"net(Ğ²ïÃÊ3b$"
10.0.0.210.0.0.1‰Í *tcp0
Z
$019ca87b-d95d-7404-a80f-8124c48cd825"svc-monitor(İ²ïÃÊ3r

smbdrunningöµ Û(
_
$019ca87b-d97d-7507-ac27-414c1274427e"net(ı²ïÃÊ3b'%
192.168.1.3710.0.0.1Ãú *tcp0
]
$019ca87b-d9ee-768e-8803-79106a9c9d7e"net(î³ïÃÊ3b%#
	10.0.0.1710.0.0.1‘œ ½*tcp0
Y
$019ca87b-da18-7212-9de1-23e84c69b721"svc-monitor(˜´ïÃÊ3r

nfsdrunningÔ Û(
L
$019ca87b-da59-7402-9783-f17a2f1b151b"disk-monitor(Ù´ïÃÊ3Z2	
sdb'
L
$019ca87b-daba-7c02-8e34-4e6bff54f570"disk-monitor(ºµïÃÊ3Z2	
sdb"
Z
$019ca87b-dafb-7510-98f2-1e125665070c"svc-monitor(ûµïÃÊ3r

smbdrunningöµ Û(
L
$019ca87b-db3f-7013-9255-8a57ca8e944d"disk-monitor(¿¶ïÃÊ3Z2	
sdd 
]
$019ca87b-db69-7075-aad2-008bda27dc7c"net(é¶ïÃÊ3b%#
	10.0.0.3510.0.0.1›Ñ *tcp0
]
$019ca87b-dbbf-79b8-81f7-f1f8cc0e0d24"net(¿·ïÃÊ3b%#
	10.0.0.3710.0.0.1ÔÉ ½*tcp0
X
$019ca87b-dc06-7b3b-86a5-9cf8cf0b2d31"svc-monitor(†¸ïÃÊ3r

zedrunning­0 Ü(
s
$019ca87b-dc59-7925-9dd1-37b192817972"zfs-auto-snap(Ù¸ïÃÊ3Z1"/
tank/home@auto-01203	tank/home¿íÍ ÀÑ†(
m
$019ca87b-dc9d-7576-829d-dc848bab6f4d"zfs-auto-snap(¹ïÃÊ3Z+")
tank/home@auto-01184	tank/home¿íÍ(
]
$019ca87b-dd16-704e-88a8-d4a09d94f53d"net(–ºïÃÊ3b%#
	10.0.0.3610.0.0.1öÊ ½*tcp0
`
$019ca87b-dd5c-7fba-8fd0-ac3c297b34a4"svc-monitor(ÜºïÃÊ3r 

rodent-syncrunningú; Ü(
L
$019ca87b-ddb7-7cb0-9f93-dcdb1e27729d"disk-monitor(·»ïÃÊ3Z2	
sde 
L
$019ca87b-de32-7aa5-aadd-db26eaaa908f"disk-monitor(²¼ïÃÊ3Z2	
sdb$
_
$019ca87b-de9b-7116-8f68-da130ae0f497"net(›½ïÃÊ3b'%
192.168.1.1110.0.0.1ÔÔ *tcp0
L
$019ca87b-def6-7f08-99f4-b0da832342a5"disk-monitor(ö½ïÃÊ3Z2	
sdb&
_
$019ca87b-df4c-72c9-9c8b-91c13155e85f"net(Ì¾ïÃÊ3b'%
192.168.1.4510.0.0.1¶µ *tcp0
\
$019ca87b-df7e-7f9a-baf7-ba4b50ec8b6e"net(ş¾ïÃÊ3b$"
10.0.0.810.0.0.1ú¼ ½*tcp0
L
$019ca87b-df94-74dd-a665-940097915e18"disk-monitor(”¿ïÃÊ3Z2	
sdb"
`
$019ca87b-dff1-7705-8c90-b025021b76e4"svc-monitor(ñ¿ïÃÊ3r 

rodent-syncrunningú; İ(
]
$019ca87b-e06c-7aac-b6fa-eea5e125acef"net(ìÀïÃÊ3b%#
	10.0.0.1310.0.0.1¾¾ ½*tcp0
L
$019ca87b-e0a0-72a2-afb1-8b396d17eb60"disk-monitor( ÁïÃÊ3Z2	
sde'
L
$019ca87b-e0c2-72ac-93fb-7bfd167855af"disk-monitor(ÂÁïÃÊ3Z2	
sdd
L
$019ca87b-e0e6-7698-afc6-e84b2993ecad"disk-monitor(æÁïÃÊ3Z2	
sde
L
$019ca87b-e15a-7c56-a5cd-c9d5dfead065"disk-monitor(ÚÂïÃÊ3Z2	
sdb#
X
$019ca87b-e186-7357-b9f7-e858d060f0bc"svc-monitor(†ÃïÃÊ3r

zedrunning­0 İ(
_
$019ca87b-e1fb-7ad0-86db-8de084f98085"net(ûÃïÃÊ3b'%
192.168.1.5510.0.0.1ôÅ *tcp0
]
$019ca87b-e275-716c-8dd1-47a902164a07"net(õÄïÃÊ3b%#
	10.0.0.1710.0.0.1Õ÷ ½*tcp0
Y
$019ca87b-e2b5-7aee-adcf-68907068ce31"svc-monitor(µÅïÃÊ3r

nfsdrunningÔ Ş(
L
$019ca87b-e307-70b9-bdd6-989e5213050a"disk-monitor(‡ÆïÃÊ3Z2	
sdd"
]
$019ca87b-e375-7428-9e55-371314111745"net(õÆïÃÊ3b%#
	10.0.0.3910.0.0.1‰à ½*tcp0
L
$019ca87b-e3cd-7f35-b057-efedb28e0fe5"disk-monitor(ÍÇïÃÊ3Z2	
sda#
t
$019ca87b-e436-73a2-9441-a05c266fd2f9"auth(¶ÈïÃÊ32

session_idsess-553j#
!
alicepassword192.168.1.30 
]
$019ca87b-e4ad-767b-b877-e23f87408ea2"net(­ÉïÃÊ3b%#
	10.0.0.3910.0.0.1ÇŞ *tcp0
}
$019ca87b-e4ec-7120-8ebe-820fa770dd0f"zfs-auto-snap(ìÉïÃÊ3Z;"9
backup/archive@auto-01204backup/archiveÁíÍ À‡ıÿ(
w
$019ca87b-e516-7dd8-b2a5-6cbb69a1e8c5"zfs-auto-snap(–ÊïÃÊ3Z5"3
backup/archive@auto-01188backup/archiveÁíÍ(
Z
$019ca87b-e564-7882-bbe7-6308c4c9a64f"svc-monitor(äÊïÃÊ3r

smbdrunningöµ ß(
]
$019ca87b-e56d-7a26-a491-ef44af184dd7"net(íÊïÃÊ3b%#
	10.0.0.2810.0.0.1ÙÈ ½*tcp0
\
$019ca87b-e5c3-73cd-aac4-c56e189981b0"net(ÃËïÃÊ3b$"
10.0.0.910.0.0.1©› ½*tcp0
L
$019ca87b-e628-7c0b-8953-2d414bfb47be"disk-monitor(¨ÌïÃÊ3Z2	
sda%
L
$019ca87b-e67b-740e-84c3-bb99bc935d40"disk-monitor(ûÌïÃÊ3Z2	
sda'
L
$019ca87b-e699-7fb6-83ad-e68df23349ce"disk-monitor(™ÍïÃÊ3Z2	
sde%
L
$019ca87b-e6c3-7ab1-a85e-7b78ff90a4c6"disk-monitor(ÃÍïÃÊ3Z2	
sdd
L
$019ca87b-e735-79e6-b480-80c9aec99f68"disk-monitor(µÎïÃÊ3Z2	
sda
]
$019ca87b-e7ab-79c6-b319-d2ff39c7c9ac"net(«ÏïÃÊ3b%#
	10.0.0.2310.0.0.1¦í ½*tcp0
Y
$019ca87b-e7e2-79ce-a249-d7960523c05d"svc-monitor(âÏïÃÊ3r

sshdrunning¢3 ß(
]
$019ca87b-e82f-7cfa-838b-31feeb520898"net(¯ĞïÃÊ3b%#
	10.0.0.1510.0.0.1ô’ *tcp0
s
$019ca87b-e894-7916-8f27-b9ee03da1092"zfs-auto-snap(”ÑïÃÊ3Z1"/
tank/home@auto-01205	tank/homeÂíÍ Àíû‰(
m
$019ca87b-e8e0-7c9d-9535-5ea66785aa49"zfs-auto-snap(àÑïÃÊ3Z+")
tank/home@auto-01186	tank/homeÂíÍ(
Y
$019ca87b-e95c-704a-be31-34dc065c7b91"svc-monitor(ÜÒïÃÊ3r

sshdrunning¢3 à(
]
$019ca87b-e9c0-7562-95a2-a6b739d34616"net(ÀÓïÃÊ3b%#
	10.0.0.3610.0.0.1¬í *tcp0
Y
$019ca87b-ea13-77a5-ab08-a559403960e8"svc-monitor(“ÔïÃÊ3r

nfsdrunningÔ à(
u
$019ca87b-ea68-7d89-9afe-a74a24b25751"zfs-auto-snap(èÔïÃÊ3Z3"1
tank/media@auto-01206
tank/mediaÃíÍ €ıÏ¡(
o
$019ca87b-ea84-7af7-b2cf-cc498fe3995b"zfs-auto-snap(„ÕïÃÊ3Z-"+
tank/media@auto-01198
tank/mediaÃíÍ(
t
$019ca87b-eafa-7233-9563-460dde6b407a"auth(úÕïÃÊ32

session_idsess-553j#
!
alicepassword192.168.1.37 
]
$019ca87b-eb4b-7344-9d0a-03e9e26e5c0c"net(ËÖïÃÊ3b%#
	10.0.0.2110.0.0.1‡ƒ ½*tcp0
Y
$019ca87b-eb68-7a29-a2b4-b229cb8fbb3d"svc-monitor(èÖïÃÊ3r

sshdrunning¢3 á(
]
$019ca87b-eb79-724c-b6bb-a8b90c694add"net(ùÖïÃÊ3b%#
	10.0.0.1810.0.0.1“Ğ *tcp0
]
$019ca87b-eba8-7d98-8900-6dd289532c6e"net(¨×ïÃÊ3b%#
	10.0.0.1610.0.0.1ßÒ ½*tcp0
_
$019ca87b-ec06-7b2d-b5e0-ecdc19bde1e1"net(†ØïÃÊ3b'%
192.168.1.3910.0.0.1¡¯ *tcp0
X
$019ca87b-ec6b-7d6f-8eeb-de9640a8e31f"svc-monitor(ëØïÃÊ3r

zedrunning­0 á(
Y
$019ca87b-ec7e-7abb-94d1-30f9960fe53a"svc-monitor(şØïÃÊ3r

nfsdrunningÔ á(
_
$019ca87b-ec8c-7a3e-92f1-f5632a065d01"net(ŒÙïÃÊ3b'%
192.168.1.4210.0.0.1–½ *tcp0
]
$019ca87b-ece5-7383-b180-ae58824b7c6a"net(åÙïÃÊ3b%#
	10.0.0.2410.0.0.1Åâ ½*tcp0
t
$019ca87b-ed54-784f-9bcf-f0aa7e503f12"auth(ÔÚïÃÊ32

session_idsess-554j#
!
alicepassword192.168.1.45 
L
$019ca87b-ed96-7bad-9fe0-443e89cec409"disk-monitor(–ÛïÃÊ3Z2	
sdd'
]
$019ca87b-edf3-739f-b0ac-603bb5a4b5ab"net(óÛïÃÊ3b%#
	10.0.0.3410.0.0.1å¹ ½*tcp0
L
$019ca87b-ee5d-76c4-a8cf-1a8888cd7da9"disk-monitor(İÜïÃÊ3Z2	
sda 
Y
$019ca87b-eec8-7f0c-a21d-b1a37ed45728"svc-monitor(ÈİïÃÊ3r

sshdrunning¢3 â(
Z
$019ca87b-ef3d-789b-8322-cf37c965b19e"svc-monitor(½ŞïÃÊ3r

smbdrunningöµ â(
Y
$019ca87b-efa4-7e7a-8675-789cdfbf0b6a"svc-monitor(¤ßïÃÊ3r

sshdrunning¢3 â(
X
$019ca87b-effa-7d51-9bbd-23242322532e"svc-monitor(úßïÃÊ3r

zedrunning­0 â(
L
$019ca87b-f00c-7ee3-a06a-abdbc6ff1454"disk-monitor(ŒàïÃÊ3Z2	
sdb!
]
$019ca87b-f06d-7c26-aafe-2d7f9331046e"net(íàïÃÊ3b%#
	10.0.0.2810.0.0.1º¼ ½*tcp0
]
$019ca87b-f0a5-7526-ae04-d45c25fe5795"net(¥áïÃÊ3b%#
	10.0.0.1010.0.0.1è… ½*tcp0
]
$019ca87b-f11d-7f42-81fd-814085625651"net(âïÃÊ3b%#
	10.0.0.2310.0.0.1Š ½*tcp0
X
$019ca87b-f163-734e-ba85-c3e1921d5c83"svc-monitor(ãâïÃÊ3r

zedrunning­0 ã(
Y
$019ca87b-f1c1-7fd7-a53a-bda7b836398f"svc-monitor(ÁãïÃÊ3r

sshdrunning¢3 ã(
s
$019ca87b-f1fa-7612-b929-084692532505"auth(úãïÃÊ32

session_idsess-555j"
 
davepassword192.168.1.32 
Z
$019ca87b-f25f-789d-a842-d96900c5841a"svc-monitor(ßäïÃÊ3r

smbdrunningöµ ã(
`
$019ca87b-f2ce-7c5c-8035-0defd7c981a6"svc-monitor(ÎåïÃÊ3r 

rodent-syncrunningú; ã(
Y
$019ca87b-f2fd-7eef-b240-f470d8c4f07c"svc-monitor(ıåïÃÊ3r

nfsdrunningÔ ã(
L
$019ca87b-f305-7d0e-98c8-dc6a3137683b"disk-monitor(…æïÃÊ3Z2	
sda'
L
$019ca87b-f34f-75f4-b369-71ffff97c241"disk-monitor(ÏæïÃÊ3Z2	
sdd!
L
$019ca87b-f37c-7672-bed7-d51a307fc8dc"disk-monitor(üæïÃÊ3Z2	
sda&
]
$019ca87b-f3ab-7787-bc6c-270a214a89dc"net(«çïÃÊ3b%#
	10.0.0.3110.0.0.1¼ ½*tcp0
]
$019ca87b-f41a-7caa-94dc-c7ae3f023f5a"net(šèïÃÊ3b%#
	10.0.0.1510.0.0.1­ô *tcp0
L
$019ca87b-f465-747b-8249-6ae1fdf679a6"disk-monitor(åèïÃÊ3Z2	
sde"
L
$019ca87b-f471-7cd3-b3b3-5b8e28a4c6e5"disk-monitor(ñèïÃÊ3Z2	
sdd#
L
$019ca87b-f47b-7d23-a93a-03ce705fae95"disk-monitor(ûèïÃÊ3Z2	
sdd 
\
$019ca87b-f4ee-7efc-87bb-aa755746ceee"net(îéïÃÊ3b$"
10.0.0.510.0.0.1¸ *tcp0
]
$019ca87b-f53c-7e41-9c53-10bd892a5e79"net(¼êïÃÊ3b%#
	10.0.0.1710.0.0.1Ù ½*tcp0
t
$019ca87b-f582-787b-be73-7c12b5e533ee"auth(‚ëïÃÊ32

session_idsess-556j#
!
carolpassword192.168.1.53 
L
$019ca87b-f59d-7c59-83d7-d1c051a39713"disk-monitor(ëïÃÊ3Z2	
sdb#
t
$019ca87b-f5df-72d3-a72b-6a615b025f80"auth(ßëïÃÊ32

session_idsess-554j#
!
alicepassword192.168.1.49 
X
$019ca87b-f636-7622-be54-0c56207d4a76"svc-monitor(¶ìïÃÊ3r

zedrunning­0 ä(
`
$019ca87b-f677-7ea1-819d-846255c23b92"svc-monitor(÷ìïÃÊ3r 

rodent-syncrunningú; å(
X
$019ca87b-f68f-750f-9261-8d654b836e52"svc-monitor(íïÃÊ3r

zedrunning­0 å(
]
$019ca87b-f6c1-74b2-96c6-8227618ab6a2"net(ÁíïÃÊ3b%#
	10.0.0.2410.0.0.1Ğû *tcp0
]
$019ca87b-f709-77ca-a157-464fdc58a806"net(‰îïÃÊ3b%#
	10.0.0.3410.0.0.1Á” *tcp0
]
$019ca87b-f769-743a-aeb1-654efb63574d"net(éîïÃÊ3b%#
	10.0.0.2610.0.0.1ÔÓ ½*tcp0
Z
$019ca87b-f775-769c-8929-d135637badc9"svc-monitor(õîïÃÊ3r

smbdrunningöµ å(
]
$019ca87b-f7b8-7b8e-ae74-fb6b3c85b386"net(¸ïïÃÊ3b%#
	10.0.0.3110.0.0.1Ê± *tcp0
L
$019ca87b-f7e9-7885-ba5b-0917c3ae0401"disk-monitor(éïïÃÊ3Z2	
sdb%
Y
$019ca87b-f861-782b-ba25-01c34e4cce94"svc-monitor(áğïÃÊ3r

sshdrunning¢3 å(
]
$019ca87b-f8a5-7c78-804f-c83aab219bd1"net(¥ñïÃÊ3b%#
	10.0.0.2010.0.0.1¾ä *tcp0
}
$019ca87b-f8f2-75cf-9a1e-0762d012fef4"zfs-auto-snap(òñïÃÊ3Z;"9
backup/archive@auto-01207backup/archiveÆíÍ €†¸®(
w
$019ca87b-f929-7e07-bd95-e2a569e5c6a5"zfs-auto-snap(©òïÃÊ3Z5"3
backup/archive@auto-01192backup/archiveÆíÍ(
Y
$019ca87b-f982-74b4-82ae-e4158a433f0b"svc-monitor(‚óïÃÊ3r

nfsdrunningÔ æ(
}
$019ca87b-f9b3-72a3-9275-a20f56ee1d24"zfs-auto-snap(³óïÃÊ3Z;"9
backup/archive@auto-01208backup/archiveÇíÍ ÀïÙÉ(
w
$019ca87b-f9fc-7c57-ace7-e86180479bd1"zfs-auto-snap(üóïÃÊ3Z5"3
backup/archive@auto-01194backup/archiveÇíÍ(
]
$019ca87b-fa78-7902-b2a9-f4b9174bff2d"net(øôïÃÊ3b%#
	10.0.0.3410.0.0.1Ïº *tcp0
Z
$019ca87b-fac3-7b33-9f62-0fd08e5244b8"svc-monitor(ÃõïÃÊ3r

smbdrunningöµ æ(
L
$019ca87b-fae0-7bde-9936-f2cbb4de1e60"disk-monitor(àõïÃÊ3Z2	
sda!
L
$019ca87b-fb3d-719e-b6ee-7f8e278cdee3"disk-monitor(½öïÃÊ3Z2	
sde
s
$019ca87b-fb52-7da9-9af2-60f5188de5f8"auth(ÒöïÃÊ32

session_idsess-555j"
 
davepassword192.168.1.58 
Y
$019ca87b-fbc4-70c4-abc4-6f7effca8b6a"svc-monitor(Ä÷ïÃÊ3r

nfsdrunningÔ ç(
L
$019ca87b-fc09-73ef-8d2e-d71c8c7e442a"disk-monitor(‰øïÃÊ3Z2	
sdb%
]
$019ca87b-fc6f-7c54-a08c-e3d70156d1a5"net(ïøïÃÊ3b%#
	10.0.0.1910.0.0.1ª° ½*tcp0
t
$019ca87b-fcae-7be4-86df-a8c3d8e5c140"auth(®ùïÃÊ32

session_idsess-556j#
!
carolpassword192.168.1.13 
L
$019ca87b-fd20-77f1-957b-a0f3a7c704e6"disk-monitor( úïÃÊ3Z2	
sda"
Z
$019ca87b-fd41-7057-a84d-293296b2613e"svc-monitor(ÁúïÃÊ3r

smbdrunningöµ ç(
X
$019ca87b-fda4-7299-b284-4db3f65cad8d"svc-monitor(¤ûïÃÊ3r

zedrunning­0 ç(
s
$019ca87b-fdbd-79ae-8070-4af5daa803af"auth(½ûïÃÊ32

session_idsess-557j"
 
davepassword192.168.1.30 
L
$019ca87b-fe28-79a0-8106-76d6d4137b14"disk-monitor(¨üïÃÊ3Z2	
sda 
`
$019ca87b-fe79-742e-a02e-5a651b03e752"svc-monitor(ùüïÃÊ3r 

rodent-syncrunningú; ç(
L
$019ca87b-fe8d-7fa6-b443-c0939167f0bb"disk-monitor(ıïÃÊ3Z2	
sdb"
Y
$019ca87b-feb7-7d5d-9d7f-7ec8776ab448"svc-monitor(·ıïÃÊ3r

nfsdrunningÔ è(
L
$019ca87b-ff13-7dbe-9739-000cecfb9ee6"disk-monitor(“şïÃÊ3Z2	
sdb!
L
$019ca87b-ff2f-76b9-a51c-793029973c59"disk-monitor(¯şïÃÊ3Z2	
sdd$
Z
$019ca87b-ff38-761b-95f2-ffc7dab47db3"svc-monitor(¸şïÃÊ3r

smbdrunningöµ è(
]
$019ca87b-ff78-78e3-8827-91e62ad29073"net(øşïÃÊ3b%#
	10.0.0.3110.0.0.1ËÍ ½*tcp0
]
$019ca87b-ffc8-71c8-901e-dc142c902e51"net(ÈÿïÃÊ3b%#
	10.0.0.2310.0.0.1Û® ½*tcp0
]
$019ca87b-ffff-77f3-9325-ec3f06feb9ad"net(ÿÿïÃÊ3b%#
	10.0.0.2510.0.0.1äÌ *tcp0
L
$019ca87c-0078-7a5b-b317-106a76f40af4"disk-monitor(ø€ğÃÊ3Z2	
sda&
L
$019ca87c-00c9-75b4-90b6-56f275befb2b"disk-monitor(ÉğÃÊ3Z2	
sdb"
L
$019ca87c-012e-7f17-9e9a-01c7d27242a4"disk-monitor(®‚ğÃÊ3Z2	
sde
L
$019ca87c-018e-7cff-af8f-7eb65a5320d5"disk-monitor(ƒğÃÊ3Z2	
sdd!
`
$019ca87c-01e0-7984-b5cf-6b06540c9af0"svc-monitor(àƒğÃÊ3r 

rodent-syncrunningú; é(
}
$019ca87c-025a-72c8-887c-2eb7ba871635"zfs-auto-snap(Ú„ğÃÊ3Z;"9
backup/archive@auto-01209backup/archiveÉíÍ €â¢È(
w
$019ca87c-02b6-7259-953d-a507c377a248"zfs-auto-snap(¶…ğÃÊ3Z5"3
backup/archive@auto-01195backup/archiveÉíÍ(
]
$019ca87c-02f5-7160-bca0-931d37b53f57"net(õ…ğÃÊ3b%#
	10.0.0.3310.0.0.1¼Î *tcp0
]
$019ca87c-034f-7bdf-8c58-de07c6d8025f"net(Ï†ğÃÊ3b%#
	10.0.0.1810.0.0.1‘à *tcp0
s
$019ca87c-0369-7d4f-b06f-7541576b4661"auth(é†ğÃÊ32

session_idsess-558j"
 
davepassword192.168.1.41 
L
$019ca87c-03cd-73a5-866a-39a2195eb1f1"disk-monitor(Í‡ğÃÊ3Z2	
sdb
L
$019ca87c-03d9-74bb-8bfa-e7e2aeac60b9"disk-monitor(Ù‡ğÃÊ3Z2	
sdb"
L
$019ca87c-03fd-73f6-bf58-6826b5ed5b99"disk-monitor(ı‡ğÃÊ3Z2	
sde!
Y
$019ca87c-0472-7323-adbb-ae21a83995f8"svc-monitor(òˆğÃÊ3r

sshdrunning¢3 ê(
\
$019ca87c-04cc-705f-8cdf-03bd13951afb"net(Ì‰ğÃÊ3b$"
10.0.0.410.0.0.1óÅ *tcp0
]
$019ca87c-04f0-74c8-a927-780bf5177479"net(ğ‰ğÃÊ3b%#
	10.0.0.1610.0.0.1üú *tcp0
]
$019ca87c-0536-7dea-8d3e-3cf082336181"net(¶ŠğÃÊ3b%#
	10.0.0.2010.0.0.1ÇÎ *tcp0
]
$019ca87c-0591-7082-a156-fa88a74462b1"net(‘‹ğÃÊ3b%#
	10.0.0.2110.0.0.1ÃÁ *tcp0
X
$019ca87c-05d8-7b5c-aeb9-9f706e3b3fd0"svc-monitor(Ø‹ğÃÊ3r

zedrunning­0 ê(
r
$019ca87c-05f8-7dec-9628-d9e165f8a765"auth(ø‹ğÃÊ32

session_idsess-559j!

bobpassword192.168.1.37 
]
$019ca87c-063b-75a7-b167-3184287062a0"net(»ŒğÃÊ3b%#
	10.0.0.3910.0.0.1ƒê *tcp0
Y
$019ca87c-0649-7615-952e-188d0bef213b"svc-monitor(ÉŒğÃÊ3r

sshdrunning¢3 ê(
]
$019ca87c-0698-7790-9947-d19e5295d859"net(˜ğÃÊ3b%#
	10.0.0.2010.0.0.1“» *tcp0
]
$019ca87c-0713-79ca-9586-92ca5ed602f0"net(“ğÃÊ3b%#
	10.0.0.3910.0.0.1³± *tcp0
\
$019ca87c-0775-7ec8-a213-106d87f62e33"net(õğÃÊ3b$"
10.0.0.510.0.0.1± ½*tcp0
]
$019ca87c-07a1-789d-b574-f7b0b658a838"net(¡ğÃÊ3b%#
	10.0.0.2610.0.0.1£ô ½*tcp0
`
$019ca87c-07e6-7523-9bf3-c4bfdb665314"svc-monitor(æğÃÊ3r 

rodent-syncrunningú; ë(
s
$019ca87c-081e-70a2-b77d-38e8209f0b94"auth(ğÃÊ32

session_idsess-557j"
 
davepassword192.168.1.44 
L
$019ca87c-0871-74b5-be74-82b6fbf141f6"disk-monitor(ñğÃÊ3Z2	
sdd&
L
$019ca87c-08aa-781b-980a-b26ed7cdeea0"disk-monitor(ª‘ğÃÊ3Z2	
sde
t
$019ca87c-08ce-7b4a-a8f0-507cdbdec48f"auth(Î‘ğÃÊ32

session_idsess-560j#
!
carolpassword192.168.1.48 
L
$019ca87c-0924-74b8-8a35-695136cc8a95"disk-monitor(¤’ğÃÊ3Z2	
sda
L
$019ca87c-0954-79db-b2c3-202b67196142"disk-monitor(Ô’ğÃÊ3Z2	
sdd 
]
$019ca87c-09b9-7511-8433-12443588a9cb"net(¹“ğÃÊ3b%#
	10.0.0.2810.0.0.1ŠÉ ½*tcp0
`
$019ca87c-09e7-7848-9f09-fed872e03663"svc-monitor(ç“ğÃÊ3r 

rodent-syncrunningú; ì(
s
$019ca87c-0a1f-7c35-ad5e-106a02a0f5d1"auth(Ÿ”ğÃÊ32

session_idsess-558j"
 
davepassword192.168.1.55 
Y
$019ca87c-0a67-7834-8989-f467e7b93713"svc-monitor(ç”ğÃÊ3r

sshdrunning¢3 ì(
r
$019ca87c-0ac2-7c71-b39f-726970fd722a"auth(Â•ğÃÊ32

session_idsess-559j!

bobpassword192.168.1.46 
t
$019ca87c-0b06-700c-b290-0c55dc1d76d9"auth(†–ğÃÊ32

session_idsess-560j#
!
carolpassword192.168.1.52 
t
$019ca87c-0b65-7870-bb06-4e6562c58ada"auth(å–ğÃÊ32

session_idsess-561j#
!
alicepassword192.168.1.14 
L
$019ca87c-0b88-739d-bb36-f86bbcc01a75"disk-monitor(ˆ—ğÃÊ3Z2	
sdd'
`
$019ca87c-0bda-7222-9042-2f26e620711c"svc-monitor(Ú—ğÃÊ3r 

rodent-syncrunningú; ì(
s
$019ca87c-0c3c-71f0-ac2a-120eeb13a320"auth(¼˜ğÃÊ32

session_idsess-562j"
 
davepassword192.168.1.11 
L
$019ca87c-0cb8-7379-a0f0-6bb22ed3d7e3"disk-monitor(¸™ğÃÊ3Z2	
sde"
\
$019ca87c-0cf8-76cc-b5ce-7e263d386ab3"net(ø™ğÃÊ3b$"
10.0.0.310.0.0.1ò¼ *tcp0
Z
$019ca87c-0d3f-7366-a1de-1c1dbc07ca40"svc-monitor(¿šğÃÊ3r

smbdrunningöµ í(
L
$019ca87c-0d78-735e-be4b-343d6c009ddc"disk-monitor(øšğÃÊ3Z2	
sde#
]
$019ca87c-0dea-79b7-98e4-2bfd9f2cec6c"net(ê›ğÃÊ3b%#
	10.0.0.1410.0.0.1Éª *tcp0
]
$019ca87c-0df3-703c-b02b-21549cf8d854"net(ó›ğÃÊ3b%#
	10.0.0.4010.0.0.1¦¼ *tcp0
\
$019ca87c-0e30-7fd3-8423-f6e18704741f"net(°œğÃÊ3b$"
10.0.0.810.0.0.1µò ½*tcp0
\
$019ca87c-0e6a-75f2-9c53-d5be5d9433e7"net(êœğÃÊ3b$"
10.0.0.510.0.0.1£µ *tcp0
]
$019ca87c-0e84-7c48-a1c7-d99c5d7dad57"net(„ğÃÊ3b%#
	10.0.0.3610.0.0.1×– *tcp0
L
$019ca87c-0eb9-7e4f-a667-e557f9ebf310"disk-monitor(¹ğÃÊ3Z2	
sda'
]
$019ca87c-0ee3-75b4-892f-8152974bab37"net(ãğÃÊ3b%#
	10.0.0.3610.0.0.1”Ò *tcp0
L
$019ca87c-0f2d-7da9-971a-bd270e828653"disk-monitor(­ğÃÊ3Z2	
sde"
Z
$019ca87c-0f43-7620-a8a2-064ab04a988e"svc-monitor(ÃğÃÊ3r

smbdrunningöµ î(
Y
$019ca87c-0fb4-7889-948e-7ecf7e779291"svc-monitor(´ŸğÃÊ3r

sshdrunning¢3 î(
`
$019ca87c-0fcf-719f-a674-934650d96e86"svc-monitor(ÏŸğÃÊ3r 

rodent-syncrunningú; î(
]
$019ca87c-1040-77b7-b2cc-9daeb702fa9d"net(À ğÃÊ3b%#
	10.0.0.2510.0.0.1¸„ *tcp0
Y
$019ca87c-1048-7c22-9bcd-97806131516d"svc-monitor(È ğÃÊ3r

sshdrunning¢3 î(
Z
$019ca87c-107c-72ca-b1e3-12e4342d473b"svc-monitor(ü ğÃÊ3r

smbdrunningöµ î(
Z
$019ca87c-1084-7e93-9b84-35ee17d1a5aa"svc-monitor(„¡ğÃÊ3r

smbdrunningöµ î(
\
$019ca87c-10b2-7dfc-9ab5-46f56374ae36"net(²¡ğÃÊ3b$"
10.0.0.210.0.0.1åĞ *tcp0
Y
$019ca87c-10f6-7bb7-aa5e-7232631ca185"svc-monitor(ö¡ğÃÊ3r

sshdrunning¢3 ï(
L
$019ca87c-10fb-75ef-8477-e8a36dfab1cf"disk-monitor(û¡ğÃÊ3Z2	
sde#
L
$019ca87c-1106-7862-9ca1-97be3c55ea8f"disk-monitor(†¢ğÃÊ3Z2	
sdd"
Y
$019ca87c-1115-788e-aa0c-f1f675eac447"svc-monitor(•¢ğÃÊ3r

nfsdrunningÔ ï(
Z
$019ca87c-114c-7028-afcf-cfabb0c7ae0d"svc-monitor(Ì¢ğÃÊ3r

smbdrunningöµ ï(
}
$019ca87c-11a0-7e7b-a8ea-c66d9947fa81"zfs-auto-snap( £ğÃÊ3Z;"9
backup/archive@auto-01210backup/archiveÍíÍ €ĞÛ¨(
w
$019ca87c-11be-7e58-b550-71d31bddf6d0"zfs-auto-snap(¾£ğÃÊ3Z5"3
backup/archive@auto-01204backup/archiveÍíÍ(
t
$019ca87c-121c-77fe-b66d-83f1225bf4fc"auth(œ¤ğÃÊ32

session_idsess-561j#
!
alicepassword192.168.1.13 
`
$019ca87c-126c-7eb0-9b25-bd56e44f17a0"svc-monitor(ì¤ğÃÊ3r 

rodent-syncrunningú; ï(
L
$019ca87c-12bf-7ecd-8417-ef7d502c2e5c"disk-monitor(¿¥ğÃÊ3Z2	
sda!
]
$019ca87c-12e2-70e2-b1aa-b03be7eef71d"net(â¥ğÃÊ3b%#
	10.0.0.4010.0.0.1¤” ½*tcp0
Y
$019ca87c-12ef-7d45-ba4c-b65ddef3ed1e"svc-monitor(ï¥ğÃÊ3r

sshdrunning¢3 ğ(
\
$019ca87c-1342-7138-b00f-38e061eb5055"net(Â¦ğÃÊ3b$"
10.0.0.410.0.0.1‰ì *tcp0
L
$019ca87c-1380-7cb1-8c64-6bcc8f1193e1"disk-monitor(€§ğÃÊ3Z2	
sde'
Y
$019ca87c-13f1-7573-93d5-e73ea60bbd6b"svc-monitor(ñ§ğÃÊ3r

sshdrunning¢3 ğ(
]
$019ca87c-1417-71de-a729-101e15a33b66"net(—¨ğÃÊ3b%#
	10.0.0.3510.0.0.1‰ê *tcp0
]
$019ca87c-146f-743f-8ea7-bcfca4730db5"net(ï¨ğÃÊ3b%#
	10.0.0.3310.0.0.1€¢ ½*tcp0
s
$019ca87c-14ce-7a8b-81ca-45f6cf0a0839"auth(Î©ğÃÊ32

session_idsess-563j"
 
davepassword192.168.1.27 
s
$019ca87c-14e9-7967-bbe4-f2842420ba88"auth(é©ğÃÊ32

session_idsess-562j"
 
davepassword192.168.1.55 
L
$019ca87c-1523-7c4d-831e-d4049ab96531"disk-monitor(£ªğÃÊ3Z2	
sdd%
Y
$019ca87c-1586-7d05-a0a4-68dc9066cc44"svc-monitor(†«ğÃÊ3r

nfsdrunningÔ ñ(
L
$019ca87c-15e3-719e-8877-ac5dbc1454b0"disk-monitor(ã«ğÃÊ3Z2	
sda
L
$019ca87c-1624-73d1-a657-3c18fe8af7c6"disk-monitor(¤¬ğÃÊ3Z2	
sdb
\
$019ca87c-167d-7c0f-a0a5-099c16debd61"net(ı¬ğÃÊ3b$"
10.0.0.710.0.0.1¹Ó *tcp0
L
$019ca87c-16da-71bb-90bd-515179242ff2"disk-monitor(Ú­ğÃÊ3Z2	
sdd$
`
$019ca87c-16e0-731f-8adb-ce068e2d3235"svc-monitor(à­ğÃÊ3r 

rodent-syncrunningú; ñ(
L
$019ca87c-16fb-727e-b1ab-7fed0638ec5b"disk-monitor(û­ğÃÊ3Z2	
sda#
L
$019ca87c-175b-76ae-af1d-29ad1cba6c69"disk-monitor(Û®ğÃÊ3Z2	
sdb#
s
$019ca87c-178d-7029-a1c9-fe4e63a28635"zfs-auto-snap(¯ğÃÊ3Z1"/
tank/home@auto-01211	tank/homeÎíÍ €„­Œ(
m
$019ca87c-17ec-7fd1-b2b6-8d9eabbf682e"zfs-auto-snap(ì¯ğÃÊ3Z+")
tank/home@auto-01191	tank/homeÎíÍ(
L
$019ca87c-1859-761e-9e46-8dad3d7ca34b"disk-monitor(Ù°ğÃÊ3Z2	
sda&
]
$019ca87c-18b9-703d-b302-33cf8c9e41e5"net(¹±ğÃÊ3b%#
	10.0.0.3910.0.0.1÷„ *tcp0
\
$019ca87c-192a-72ce-a0f4-2a2d64181b3d"net(ª²ğÃÊ3b$"
10.0.0.310.0.0.1Ÿè *tcp0
Z
$019ca87c-1943-7ef3-9943-fae22d4122e9"svc-monitor(Ã²ğÃÊ3r

smbdrunningöµ ò(
Z
$019ca87c-19ba-7799-bd72-44eb0b006b4a"svc-monitor(º³ğÃÊ3r

smbdrunningöµ ò(
s
$019ca87c-19db-744a-8235-310df408472c"auth(Û³ğÃÊ32

session_idsess-564j"
 
davepassword192.168.1.19 
Z
$019ca87c-19f9-746a-9524-a5e9d8fe71ed"svc-monitor(ù³ğÃÊ3r

smbdrunningöµ ò(
Z
$019ca87c-1a04-74f6-bdeb-353c9d028115"svc-monitor(„´ğÃÊ3r

smbdrunningöµ ò(
s
$019ca87c-1a6e-797b-891e-52ce46ed3aec"auth(î´ğÃÊ32

session_idsess-563j"
 
davepassword192.168.1.16 
]
$019ca87c-1a95-778b-b0a9-b4ce1d4927c0"net(•µğÃÊ3b%#
	10.0.0.1010.0.0.1›³ ½*tcp0
]
$019ca87c-1b0f-7b7d-b053-0df7a4bff11a"net(¶ğÃÊ3b%#
	10.0.0.3410.0.0.1Ê¹ ½*tcp0
t
$019ca87c-1b27-7b84-9adb-4cf2f2940dfa"auth(§¶ğÃÊ32

session_idsess-565j#
!
carolpassword192.168.1.32 
X
$019ca87c-1b92-72a3-a97a-8a4bd4b0fda1"svc-monitor(’·ğÃÊ3r

zedrunning­0 ó(
L
$019ca87c-1bff-7cb0-a944-8079e2166440"disk-monitor(ÿ·ğÃÊ3Z2	
sda!
]
$019ca87c-1c39-7fb8-b371-3c819fa86aa4"net(¹¸ğÃÊ3b%#
	10.0.0.3810.0.0.1ıÒ *tcp0
u
$019ca87c-1c9f-7b71-8417-75be6d46ad92"zfs-auto-snap(Ÿ¹ğÃÊ3Z3"1
tank/media@auto-01212
tank/mediaÏíÍ €°(
o
$019ca87c-1cec-7e31-8664-fbcd8ed81091"zfs-auto-snap(ì¹ğÃÊ3Z-"+
tank/media@auto-01200
tank/mediaĞíÍ(
`
$019ca87c-1d11-78c9-8c91-31d747b8e6ae"svc-monitor(‘ºğÃÊ3r 

rodent-syncrunningú; ó(
Y
$019ca87c-1d32-71c4-8495-4dd13a67a360"svc-monitor(²ºğÃÊ3r

nfsdrunningÔ ó(
]
$019ca87c-1d82-75e2-866e-10743a68494a"net(‚»ğÃÊ3b%#
	10.0.0.3810.0.0.1¸— ½*tcp0
]
$019ca87c-1da9-7e67-b988-f340e4ec3cf4"net(©»ğÃÊ3b%#
	10.0.0.2210.0.0.1÷û *tcp0
]
$019ca87c-1e19-7793-8371-66dc48b31bd4"net(™¼ğÃÊ3b%#
	10.0.0.3010.0.0.1Çß *tcp0
X
$019ca87c-1e27-7a5e-9139-48416ce9f8f3"svc-monitor(§¼ğÃÊ3r

zedrunning­0 ô(
]
$019ca87c-1e88-760a-b192-9d699778315a"net(ˆ½ğÃÊ3b%#
	10.0.0.1610.0.0.1¶Ö ½*tcp0
X
$019ca87c-1ec2-7644-a360-ab9ada4570e2"svc-monitor(Â½ğÃÊ3r

zedrunning­0 ô(
]
$019ca87c-1eca-7717-a301-fd71f00105d1"net(Ê½ğÃÊ3b%#
	10.0.0.3110.0.0.1§ ½*tcp0
Z
$019ca87c-1f08-7b2d-8271-b9410011905d"svc-monitor(ˆ¾ğÃÊ3r

smbdrunningöµ ô(
L
$019ca87c-1f43-7606-89dd-611529148c01"disk-monitor(Ã¾ğÃÊ3Z2	
sde%
Y
$019ca87c-1f9f-7436-94ba-5fb238709397"svc-monitor(Ÿ¿ğÃÊ3r

sshdrunning¢3 ô(
s
$019ca87c-1ff6-718a-bfa4-7b123d81499f"auth(ö¿ğÃÊ32

session_idsess-564j"
 
davepassword192.168.1.15 
t
$019ca87c-200d-7d3e-ab81-6b05e3d134bf"auth(ÀğÃÊ32

session_idsess-565j#
!
carolpassword192.168.1.56 
_
$019ca87c-201d-7bf9-ba0d-cb07e7171a58"net(ÀğÃÊ3b'%
192.168.1.3610.0.0.1ÍÑ *tcp0
\
$019ca87c-203e-7d14-9cb3-ef91cd905d22"net(¾ÀğÃÊ3b$"
10.0.0.910.0.0.1ğ *tcp0
Y
$019ca87c-20a4-72cc-96b3-a6cc6675215b"svc-monitor(¤ÁğÃÊ3r

sshdrunning¢3 õ(
Y
$019ca87c-20a9-7788-854c-9a36378fb366"svc-monitor(©ÁğÃÊ3r

sshdrunning¢3 õ(
s
$019ca87c-211b-7bbe-9c7b-d905c63dabc9"auth(›ÂğÃÊ32

session_idsess-566j"
 
davepassword192.168.1.45 
L
$019ca87c-2150-7988-a686-5daa3d641a87"disk-monitor(ĞÂğÃÊ3Z2	
sdd!
]
$019ca87c-2193-73e6-a7d9-acad35add422"net(“ÃğÃÊ3b%#
	10.0.0.1810.0.0.1”å ½*tcp0
Y
$019ca87c-21bb-7498-bcc2-96ecb20716c7"svc-monitor(»ÃğÃÊ3r

nfsdrunningÔ õ(
L
$019ca87c-2218-73a8-9317-4028c977f124"disk-monitor(˜ÄğÃÊ3Z2	
sdb#
L
$019ca87c-227a-76a4-bed0-e06bfc836c30"disk-monitor(úÄğÃÊ3Z2	
sdd
r
$019ca87c-22b6-775b-8e54-f4a38322162a"zfs-auto-snap(¶ÅğÃÊ3Z0".
tank/home@auto-01213	tank/homeÑíÍ ÀÂîJ(
m
$019ca87c-231e-747a-8a69-47e06e00d71f"zfs-auto-snap(ÆğÃÊ3Z+")
tank/home@auto-01199	tank/homeÑíÍ(
Y
$019ca87c-2342-7fc0-b43c-940b5f861831"svc-monitor(ÂÆğÃÊ3r

sshdrunning¢3 ö(
L
$019ca87c-239a-708b-9f8a-ca1fbf66069c"disk-monitor(šÇğÃÊ3Z2	
sde#
Y
$019ca87c-23a2-7cd3-b599-54064429893f"svc-monitor(¢ÇğÃÊ3r

nfsdrunningÔ ö(
L
$019ca87c-23e6-7845-b410-f73b7b5db451"disk-monitor(æÇğÃÊ3Z2	
sdb"
s
$019ca87c-2443-7489-ad6f-07ec60585b05"auth(ÃÈğÃÊ32

session_idsess-566j"
 
davepassword192.168.1.34 
X
$019ca87c-24bc-792c-912b-b955f324907a"svc-monitor(¼ÉğÃÊ3r

zedrunning­0 ö(
}
$019ca87c-24c8-728b-b751-1380b094c573"zfs-auto-snap(ÈÉğÃÊ3Z;"9
backup/archive@auto-01214backup/archiveÒíÍ €öÌû(
w
$019ca87c-24fe-706e-86dd-1e1e455247ed"zfs-auto-snap(şÉğÃÊ3Z5"3
backup/archive@auto-01207backup/archiveÒíÍ(
_
$019ca87c-2525-78c8-846d-7ade842d9660"net(¥ÊğÃÊ3b'%
192.168.1.1310.0.0.1±ğ *tcp0
L
$019ca87c-259a-7753-8a5e-1180dc8663c3"disk-monitor(šËğÃÊ3Z2	
sdd 
L
$019ca87c-25b1-7c93-a4f0-7014a39b7d87"disk-monitor(±ËğÃÊ3Z2	
sda$
Z
$019ca87c-25c4-77c0-a090-14c6c0e8e41e"svc-monitor(ÄËğÃÊ3r

smbdrunningöµ ÷(
L
$019ca87c-25d5-7ce3-988c-b2f379f65f78"disk-monitor(ÕËğÃÊ3Z2	
sdd
Z
$019ca87c-25e8-7eab-9ba7-2be8350cdfbf"svc-monitor(èËğÃÊ3r

smbdrunningöµ ÷(
]
$019ca87c-2633-7dee-ad69-98852ea06ae2"net(³ÌğÃÊ3b%#
	10.0.0.1310.0.0.1ÄÅ ½*tcp0
L
$019ca87c-2672-7b89-bd4c-48534b6b6e02"disk-monitor(òÌğÃÊ3Z2	
sde%
Z
$019ca87c-26e0-7f7d-80cc-d15429e803a9"svc-monitor(àÍğÃÊ3r

smbdrunningöµ ø(
L
$019ca87c-26ee-7e39-88a0-92d2c1bc375e"disk-monitor(îÍğÃÊ3Z2	
sda$
_
$019ca87c-2743-7aa9-8b98-176fef7b22c0"net(ÃÎğÃÊ3b'%
192.168.1.3310.0.0.1ÛÄ *tcp0
\
$019ca87c-2752-7bab-99d9-dcfe1d5abc58"net(ÒÎğÃÊ3b$"
10.0.0.910.0.0.1üÇ *tcp0
Y
$019ca87c-27c7-7c95-a590-1781326003c3"svc-monitor(ÇÏğÃÊ3r

nfsdrunningÔ ø(
_
$019ca87c-27db-7f3d-8494-49df8ae450a0"net(ÛÏğÃÊ3b'%
192.168.1.3010.0.0.1ÍÁ *tcp0
s
$019ca87c-27f7-78f1-b552-f403eb34345b"zfs-auto-snap(÷ÏğÃÊ3Z1"/
tank/home@auto-01215	tank/homeÒíÍ ÀÎç¡(
m
$019ca87c-285c-7da7-bc6e-1c5a3c09266e"zfs-auto-snap(ÜĞğÃÊ3Z+")
tank/home@auto-01203	tank/homeÒíÍ(
\
$019ca87c-287b-70cd-8ded-36d7b6751e26"net(ûĞğÃÊ3b$"
10.0.0.210.0.0.1ÒÇ ½*tcp0
_
$019ca87c-2883-7e4d-b3e2-b85662a61799"net(ƒÑğÃÊ3b'%
192.168.1.4210.0.0.1Ë¹ *tcp0
Y
$019ca87c-28dc-7986-ba7c-ce79af6e7968"svc-monitor(ÜÑğÃÊ3r

sshdrunning¢3 ù(
]
$019ca87c-2917-769b-b083-a830360beb5a"net(—ÒğÃÊ3b%#
	10.0.0.2910.0.0.1²ß ½*tcp0
L
$019ca87c-2927-70c0-8709-10e602eadcce"disk-monitor(§ÒğÃÊ3Z2	
sde'
s
$019ca87c-293b-7424-9d11-839a6c07964f"zfs-auto-snap(»ÒğÃÊ3Z1"/
tank/home@auto-01216	tank/homeÓíÍ €¿Œã(
m
$019ca87c-2949-7be9-8a72-f23f24a11673"zfs-auto-snap(ÉÒğÃÊ3Z+")
tank/home@auto-01205	tank/homeÓíÍ(
Y
$019ca87c-2970-745f-8fc3-8094387e3ac6"svc-monitor(ğÒğÃÊ3r

sshdrunning¢3 ù(
X
$019ca87c-29b2-7c24-83bc-719ab9b794a3"svc-monitor(²ÓğÃÊ3r

zedrunning­0 ù(
u
$019ca87c-2a05-7e6c-8b82-022b58c3d0f3"zfs-auto-snap(…ÔğÃÊ3Z3"1
tank/media@auto-01217
tank/mediaÓíÍ €£ù£(
o
$019ca87c-2a70-7a53-86fe-fcd3d9f61605"zfs-auto-snap(ğÔğÃÊ3Z-"+
tank/media@auto-01201
tank/mediaÓíÍ(
]
$019ca87c-2aa8-7b0d-ad57-a2893918604f"net(¨ÕğÃÊ3b%#
	10.0.0.4110.0.0.1õŞ ½*tcp0
L
$019ca87c-2b05-72dc-b6f0-77b7c121ca47"disk-monitor(…ÖğÃÊ3Z2	
sde#
L
$019ca87c-2b19-7909-9b1e-91768b05259d"disk-monitor(™ÖğÃÊ3Z2	
sdb&
]
$019ca87c-2b8e-7cdd-8b89-9da912069811"net(×ğÃÊ3b%#
	10.0.0.2310.0.0.1“¢ ½*tcp0
Y
$019ca87c-2bb1-7357-89fe-6c53ff82df89"svc-monitor(±×ğÃÊ3r

nfsdrunningÔ ú(
]
$019ca87c-2c2a-7d19-989c-238526d4e0ea"net(ªØğÃÊ3b%#
	10.0.0.3810.0.0.1£ ½*tcp0
Z
$019ca87c-2c38-7964-81c7-89520a0fa2cf"svc-monitor(¸ØğÃÊ3r

smbdrunningöµ ú(
Y
$019ca87c-2c65-7d9c-81de-e2de78d57560"svc-monitor(åØğÃÊ3r

sshdrunning¢3 ú(
L
$019ca87c-2caf-7a6b-a3fb-9007b809c8ec"disk-monitor(¯ÙğÃÊ3Z2	
sdd"
L
$019ca87c-2cf2-7cb4-be24-a73f816a1896"disk-monitor(òÙğÃÊ3Z2	
sdb
s
$019ca87c-2d2a-77f1-a5c7-3baee182330c"zfs-auto-snap(ªÚğÃÊ3Z1"/
tank/home@auto-01218	tank/homeÔíÍ Àğ…­(
m
$019ca87c-2d39-76a9-b9dd-21ae7272c1b9"zfs-auto-snap(¹ÚğÃÊ3Z+")
tank/home@auto-01211	tank/homeÔíÍ(
]
$019ca87c-2d71-7cdd-8a3f-2dd111995b79"net(ñÚğÃÊ3b%#
	10.0.0.1510.0.0.1œ© ½*tcp0
\
$019ca87c-2d94-71ec-a95e-b35fcf291f8e"net(”ÛğÃÊ3b$"
10.0.0.910.0.0.1òç ½*tcp0
\
$019ca87c-2dc6-7b67-a316-64ddbe5f4df9"net(ÆÛğÃÊ3b$"
10.0.0.910.0.0.1õÃ *tcp0
_
$019ca87c-2dd1-7a2d-87a9-e437d96d0320"net(ÑÛğÃÊ3b'%
192.168.1.3910.0.0.1òí *tcp0
Z
$019ca87c-2e49-7b26-b83c-181cf35d17bd"svc-monitor(ÉÜğÃÊ3r

smbdrunningöµ û(
]
$019ca87c-2e57-73c6-94fe-f0bf45d30c2d"net(×ÜğÃÊ3b%#
	10.0.0.2610.0.0.1õí *tcp0
]
$019ca87c-2ed3-7b16-adc5-6bff316232b8"net(ÓİğÃÊ3b%#
	10.0.0.2910.0.0.1†“ *tcp0
]
$019ca87c-2f0f-7227-82f7-e58682208cd2"net(ŞğÃÊ3b%#
	10.0.0.3710.0.0.1®Í ½*tcp0
t
$019ca87c-2f75-735d-9481-4ceb1221a7ad"auth(õŞğÃÊ32

session_idsess-567j#
!
carolpassword192.168.1.20 
Y
$019ca87c-2fec-7c26-87a5-531702dc1165"svc-monitor(ìßğÃÊ3r

sshdrunning¢3 ü(
L
$019ca87c-3016-730d-9e65-15693034c2df"disk-monitor(–àğÃÊ3Z2	
sdd#
L
$019ca87c-307c-7066-b7e3-85bb551519fb"disk-monitor(üàğÃÊ3Z2	
sdb
]
$019ca87c-30f4-77c3-a7d3-2d9878048f00"net(ôáğÃÊ3b%#
	10.0.0.3710.0.0.1úØ *tcp0
t
$019ca87c-3150-7ac8-808f-68bb6d39ee88"auth(ĞâğÃÊ32

session_idsess-568j#
!
alicepassword192.168.1.29 
L
$019ca87c-318f-7b8c-986c-3efb6bab6c71"disk-monitor(ãğÃÊ3Z2	
sda%
Y
$019ca87c-31d0-7b07-8f71-df64ec7d9bd1"svc-monitor(ĞãğÃÊ3r

sshdrunning¢3 ü(
L
$019ca87c-322b-7118-bede-434d730950bc"disk-monitor(«äğÃÊ3Z2	
sda#
]
$019ca87c-3248-7c42-b987-57f4f798ec3d"net(ÈäğÃÊ3b%#
	10.0.0.3410.0.0.1¡“ *tcp0
L
$019ca87c-3284-735e-af63-2a23d81eb5f0"disk-monitor(„åğÃÊ3Z2	
sda
]
$019ca87c-32c2-736a-804f-8611093e6f73"net(ÂåğÃÊ3b%#
	10.0.0.2410.0.0.1ò½ *tcp0
X
$019ca87c-330b-7fd4-9cd7-e8f05616536c"svc-monitor(‹æğÃÊ3r

zedrunning­0 ı(
X
$019ca87c-3373-7109-9c9d-e263df694f77"svc-monitor(óæğÃÊ3r

zedrunning­0 ı(
Y
$019ca87c-33d6-774a-8bf9-12da26cd47bc"svc-monitor(ÖçğÃÊ3r

sshdrunning¢3 ı(
L
$019ca87c-3431-72b4-9c7c-bd55ecc1b754"disk-monitor(±èğÃÊ3Z2	
sdd 
Z
$019ca87c-34a8-77b9-b2ec-d54d3cc0a9bd"svc-monitor(¨éğÃÊ3r

smbdrunningöµ ı(
Z
$019ca87c-350e-761f-a814-b2d1ac1423c8"svc-monitor(êğÃÊ3r

smbdrunningöµ ı(
]
$019ca87c-354d-721b-a915-c5ddd8859010"net(ÍêğÃÊ3b%#
	10.0.0.4110.0.0.1ÁÚ *tcp0
]
$019ca87c-3599-7998-b7a3-3020ba24bae4"net(™ëğÃÊ3b%#
	10.0.0.1310.0.0.1•Ç ½*tcp0
Y
$019ca87c-3603-7072-ba78-cdb373133a03"svc-monitor(ƒìğÃÊ3r

nfsdrunningÔ ı(
L
$019ca87c-360a-78b1-b277-b08d66f8c3ed"disk-monitor(ŠìğÃÊ3Z2	
sde 
t
$019ca87c-3673-7ea4-81ae-b355b45b9270"auth(óìğÃÊ32

session_idsess-569j#
!
alicepassword192.168.1.28 
L
$019ca87c-36b0-7aa4-a585-406084a1a489"disk-monitor(°íğÃÊ3Z2	
sdb!
Z
$019ca87c-36d0-7be1-a344-6d4419527b3a"svc-monitor(ĞíğÃÊ3r

smbdrunningöµ ş(
X
$019ca87c-36ff-7a15-a033-e53dc7ea92cf"svc-monitor(ÿíğÃÊ3r

zedrunning­0 ş(
X
$019ca87c-3753-7007-b4dc-399c6361c63c"svc-monitor(ÓîğÃÊ3r

zedrunning­0 ş(
L
$019ca87c-37c6-752a-93f1-5c4e82ea4a21"disk-monitor(ÆïğÃÊ3Z2	
sdb$
s
$019ca87c-37d3-7cfb-b772-2efffac4e35c"zfs-auto-snap(ÓïğÃÊ3Z1"/
tank/home@auto-01219	tank/homeÖíÍ €°½ò	(
m
$019ca87c-37f9-76a1-a873-6e230310fb5c"zfs-auto-snap(ùïğÃÊ3Z+")
tank/home@auto-01213	tank/homeÖíÍ(
]
$019ca87c-383e-7742-a68e-2d5932c68bfb"net(¾ğğÃÊ3b%#
	10.0.0.2610.0.0.1‡¼ *tcp0
\
$019ca87c-3877-70e7-86ad-90b01c1594af"net(÷ğğÃÊ3b$"
10.0.0.210.0.0.1ÀÂ ½*tcp0
X
$019ca87c-38ce-774a-9247-cae17d564c03"svc-monitor(ÎñğÃÊ3r

zedrunning­0 ÿ(
L
$019ca87c-3926-7563-8e58-e68561e32406"disk-monitor(¦òğÃÊ3Z2	
sdd
Y
$019ca87c-394c-7a65-bf3d-41c8d06cb138"svc-monitor(ÌòğÃÊ3r

sshdrunning¢3 ÿ(
\
$019ca87c-3968-7a3b-9670-c7eed80e827e"net(èòğÃÊ3b$"
10.0.0.410.0.0.1À *tcp0
L
$019ca87c-39cc-74be-94fb-c0d3578339ef"disk-monitor(ÌóğÃÊ3Z2	
sdd
]
$019ca87c-3a20-7884-a636-ba417532ac67"net( ôğÃÊ3b%#
	10.0.0.3210.0.0.1Û× *tcp0
L
$019ca87c-3a2a-7cfd-a6e8-69177b79c12b"disk-monitor(ªôğÃÊ3Z2	
sda 
`
$019ca87c-3a2f-7894-ba77-9cadb4b46d76"svc-monitor(¯ôğÃÊ3r 

rodent-syncrunningú; ÿ(
L
$019ca87c-3a92-7644-bb32-0139e89517ea"disk-monitor(’õğÃÊ3Z2	
sdb'
Z
$019ca87c-3ad8-7dc4-b337-41ab7db6e31b"svc-monitor(ØõğÃÊ3r

smbdrunningöµ €(
`
$019ca87c-3b3b-7081-82bc-466e0a79cd60"svc-monitor(»öğÃÊ3r 

rodent-syncrunningú; €(
X
$019ca87c-3b70-701b-91d9-e5a75e4ebaca"svc-monitor(ğöğÃÊ3r

zedrunning­0 €(
Z
$019ca87c-3b75-791f-9bec-c2aa991f7d46"svc-monitor(õöğÃÊ3r

smbdrunningöµ €(
t
$019ca87c-3b9f-7214-ad2f-52c8737de6b5"auth(Ÿ÷ğÃÊ32

session_idsess-567j#
!
carolpassword192.168.1.51 
Y
$019ca87c-3bfb-7031-9675-094c8970e9c3"svc-monitor(û÷ğÃÊ3r

sshdrunning¢3 €(
X
$019ca87c-3c09-7f05-b1cc-e1a323e7f095"svc-monitor(‰øğÃÊ3r

zedrunning­0 €(
]
$019ca87c-3c84-7b4c-9f98-3281186cbc49"net(„ùğÃÊ3b%#
	10.0.0.1610.0.0.1ÿã ½*tcp0
r
$019ca87c-3ce1-794e-a726-8669fd584554"auth(áùğÃÊ32

session_idsess-570j!

bobpassword192.168.1.15 
\
$019ca87c-3ce9-71ed-8c12-e63941799970"net(éùğÃÊ3b$"
10.0.0.210.0.0.1àä *tcp0
\
$019ca87c-3d5e-7bf8-899d-5ea4cd1d744a"net(ŞúğÃÊ3b$"
10.0.0.310.0.0.1ğ• *tcp0
Y
$019ca87c-3db2-79aa-a33a-bd16e4bf4077"svc-monitor(²ûğÃÊ3r

sshdrunning¢3 (
]
$019ca87c-3dcb-798e-82e4-c786dc487b22"net(ËûğÃÊ3b%#
	10.0.0.2410.0.0.1àÁ *tcp0
L
$019ca87c-3e0c-7c71-9404-1388a6201c91"disk-monitor(ŒüğÃÊ3Z2	
sdb!
Y
$019ca87c-3e75-72ef-b4c5-a1b92e942e4e"svc-monitor(õüğÃÊ3r

nfsdrunningÔ (
\
$019ca87c-3ea9-7ae3-8c24-caa31a3d55aa"net(©ığÃÊ3b$"
10.0.0.410.0.0.1ı” *tcp0
Y
$019ca87c-3edc-7da6-8b3a-5557a4c9be98"svc-monitor(ÜığÃÊ3r

nfsdrunningÔ (
]
$019ca87c-3f3e-7f97-8b1a-083a7a303eca"net(¾şğÃÊ3b%#
	10.0.0.3710.0.0.1î¢ *tcp0
Y
$019ca87c-3f49-7f32-9601-59aada71724f"svc-monitor(ÉşğÃÊ3r

nfsdrunningÔ (
]
$019ca87c-3f91-7df5-bb4d-f6031f813803"net(‘ÿğÃÊ3b%#
	10.0.0.1110.0.0.1îä ½*tcp0
t
$019ca87c-3fd8-72bf-a7b4-d0fdbe57b9af"auth(ØÿğÃÊ32

session_idsess-568j#
!
alicepassword192.168.1.21 
]
$019ca87c-4018-74f4-be44-c7a4c80298f9"net(˜€ñÃÊ3b%#
	10.0.0.3010.0.0.1òÿ ½*tcp0
t
$019ca87c-404b-76b3-aa0b-753b8bb0556b"auth(Ë€ñÃÊ32

session_idsess-569j#
!
alicepassword192.168.1.21 
L
$019ca87c-40be-7295-a6a8-0d407571aa40"disk-monitor(¾ñÃÊ3Z2	
sda
s
$019ca87c-40dd-70e5-a055-dd5ec98d6cef"auth(İñÃÊ32

session_idsess-571j"
 
davepassword192.168.1.39 
L
$019ca87c-4139-7ce9-a550-fe5de0dae2a7"disk-monitor(¹‚ñÃÊ3Z2	
sda$
L
$019ca87c-41ac-79be-84f3-e9eef6d5c15c"disk-monitor(¬ƒñÃÊ3Z2	
sdb!
L
$019ca87c-4227-7ed8-813e-e895e52e290b"disk-monitor(§„ñÃÊ3Z2	
sda
s
$019ca87c-4292-7d68-8a22-78b2e95ea756"zfs-auto-snap(’…ñÃÊ3Z1"/
tank/home@auto-01220	tank/homeÙíÍ À³–à(
m
$019ca87c-42a1-706b-8103-0378d2c61d3a"zfs-auto-snap(¡…ñÃÊ3Z+")
tank/home@auto-01215	tank/homeÙíÍ(
L
$019ca87c-42a6-77a5-88e3-fd21f3541f5b"disk-monitor(¦…ñÃÊ3Z2	
sdd&
Y
$019ca87c-4319-7cb5-bbcb-74aff6d4801d"svc-monitor(™†ñÃÊ3r

sshdrunning¢3 ƒ(
X
$019ca87c-4354-70fb-bfc7-f124c7c0a204"svc-monitor(Ô†ñÃÊ3r

zedrunning­0 ƒ(
L
$019ca87c-438d-7617-9c0d-29b00ed4e62f"disk-monitor(‡ñÃÊ3Z2	
sda
L
$019ca87c-43fd-7c8a-9470-15e093f21e2c"disk-monitor(ı‡ñÃÊ3Z2	
sdd%
Y
$019ca87c-446c-7c23-a913-bde587f87147"svc-monitor(ìˆñÃÊ3r

sshdrunning¢3 ƒ(
]
$019ca87c-44a8-71d2-9e08-dc87285628ee"net(¨‰ñÃÊ3b%#
	10.0.0.4110.0.0.1ßÀ *tcp0
Y
$019ca87c-44e0-709a-8301-90b497227ba4"svc-monitor(à‰ñÃÊ3r

sshdrunning¢3 ƒ(
u
$019ca87c-4541-7107-9c90-13ea2d2cfb02"zfs-auto-snap(ÁŠñÃÊ3Z3"1
tank/media@auto-01221
tank/mediaÚíÍ €Ò¹(
o
$019ca87c-454b-76ca-b23f-ca5c196ce131"zfs-auto-snap(ËŠñÃÊ3Z-"+
tank/media@auto-01202
tank/mediaÚíÍ(
]
$019ca87c-4586-76c8-ba5b-a4a1eb92e569"net(†‹ñÃÊ3b%#
	10.0.0.1910.0.0.1ÒÇ ½*tcp0
]
$019ca87c-45ea-7a5d-9f65-9641dfeb51f5"net(ê‹ñÃÊ3b%#
	10.0.0.3810.0.0.1ë¦ *tcp0
[
$019ca87c-4605-7761-9799-9163b79125b0"auth(…ŒñÃÊ3j"
 
davepassword192.168.1.17 
L
$019ca87c-464e-7dfc-947a-2f8651d57c11"disk-monitor(ÎŒñÃÊ3Z2	
sdb
L
$019ca87c-4666-79f6-a45b-6600fb2c8f7f"disk-monitor(æŒñÃÊ3Z2	
sde&
X
$019ca87c-46b0-7d62-a39a-2aeed337c09c"svc-monitor(°ñÃÊ3r

zedrunning­0 „(
L
$019ca87c-470d-747d-88ac-2396be7b2710"disk-monitor(ñÃÊ3Z2	
sdd
`
$019ca87c-4762-76b5-97eb-3ed49589d508"svc-monitor(âñÃÊ3r 

rodent-syncrunningú; „(
]
$019ca87c-47b5-767a-b88c-842fd19af67b"net(µñÃÊ3b%#
	10.0.0.3410.0.0.1Äê *tcp0
]
$019ca87c-480c-73e7-bd21-dd467ca7d4df"net(ŒñÃÊ3b%#
	10.0.0.1110.0.0.1ê¿ *tcp0
r
$019ca87c-4814-780e-be21-8d198d0fe03c"auth(”ñÃÊ32

session_idsess-570j!

bobpassword192.168.1.22 
`
$019ca87c-4871-762b-ae78-7bf21f0dfe03"svc-monitor(ññÃÊ3r 

rodent-syncrunningú; …(
L
$019ca87c-48d5-7fcc-9326-c00ff13653a3"disk-monitor(Õ‘ñÃÊ3Z2	
sde"
L
$019ca87c-4912-79a5-b535-a8b7c39f96ec"disk-monitor(’’ñÃÊ3Z2	
sdb"
s
$019ca87c-4974-7e1f-b830-23339dbd6f8e"zfs-auto-snap(ô’ñÃÊ3Z1"/
tank/home@auto-01222	tank/homeÛíÍ ÀàÒ©(
m
$019ca87c-49e3-7c2e-8ba0-effe09218cf5"zfs-auto-snap(ã“ñÃÊ3Z+")
tank/home@auto-01216	tank/homeÛíÍ(
s
$019ca87c-4a09-7c17-a39d-5b75ac4821f8"auth(‰”ñÃÊ32

session_idsess-571j"
 
davepassword192.168.1.21 
L
$019ca87c-4a83-74a4-b1b4-46d0846e39a6"disk-monitor(ƒ•ñÃÊ3Z2	
sdb'
]
$019ca87c-4abf-7157-9907-0a7bb4400fb3"net(¿•ñÃÊ3b%#
	10.0.0.1510.0.0.1®é *tcp0
]
$019ca87c-4b23-71e4-a555-d69dea0b00d0"net(£–ñÃÊ3b%#
	10.0.0.3310.0.0.1¤ ½*tcp0
X
$019ca87c-4b5e-786d-a997-a032715575ae"svc-monitor(Ş–ñÃÊ3r

zedrunning­0 †(
]
$019ca87c-4bd7-7d68-b156-01cfb23f34a9"net(×—ñÃÊ3b%#
	10.0.0.4110.0.0.1¶õ ½*tcp0
L
$019ca87c-4c43-7119-b79e-c2bed4b7a896"disk-monitor(Ã˜ñÃÊ3Z2	
sdd
Y
$019ca87c-4ca8-7b42-bd14-bd5460059a4d"svc-monitor(¨™ñÃÊ3r

sshdrunning¢3 †(
}
$019ca87c-4d19-7c8a-8f66-507b44c4c310"zfs-auto-snap(™šñÃÊ3Z;"9
backup/archive@auto-01223backup/archiveÜíÍ €ß³“(
w
$019ca87c-4d57-7893-8e59-8470508b0a7a"zfs-auto-snap(×šñÃÊ3Z5"3
backup/archive@auto-01208backup/archiveÜíÍ(
]
$019ca87c-4d7a-737f-a476-61ac2e1f1714"net(úšñÃÊ3b%#
	10.0.0.1710.0.0.1Æ¸ ½*tcp0
`
$019ca87c-4dda-77c1-8f98-de168231d03b"svc-monitor(Ú›ñÃÊ3r 

rodent-syncrunningú; †(
Y
$019ca87c-4e11-73af-9c7d-890a2f2867d9"svc-monitor(‘œñÃÊ3r

sshdrunning¢3 †(
s
$019ca87c-4e3b-7d86-9699-94c4044ecf79"auth(»œñÃÊ32

session_idsess-572j"
 
davepassword192.168.1.24 
u
$019ca87c-4e68-768d-8eaa-1ea0f6279b13"zfs-auto-snap(èœñÃÊ3Z3"1
tank/media@auto-01224
tank/mediaÜíÍ À¦‘è(
o
$019ca87c-4e92-7961-adce-3f39238d25c8"zfs-auto-snap(’ñÃÊ3Z-"+
tank/media@auto-01206
tank/mediaÜíÍ(
s
$019ca87c-4ea9-7886-af88-d77e99a2f5c2"auth(©ñÃÊ32

session_idsess-572j"
 
davepassword192.168.1.56 
Y
$019ca87c-4ef7-7b5b-ad1d-fbc77467adc4"svc-monitor(÷ñÃÊ3r

nfsdrunningÔ ‡(
]
$019ca87c-4f47-7418-86b7-b339383b602b"net(ÇñÃÊ3b%#
	10.0.0.2710.0.0.1¶Ã ½*tcp0
]
$019ca87c-4f90-76fe-a3ce-1462c225a1e1"net(ŸñÃÊ3b%#
	10.0.0.3510.0.0.1ÀÒ *tcp0
Y
$019ca87c-4fbb-7dbf-a351-ac463480de26"svc-monitor(»ŸñÃÊ3r

sshdrunning¢3 ‡(
_
$019ca87c-4fd0-725c-b9ea-d9294c4a430d"net(ĞŸñÃÊ3b'%
192.168.1.1610.0.0.1­„ *tcp0
L
$019ca87c-5037-76e5-b06b-b3a37c00501d"disk-monitor(· ñÃÊ3Z2	
sda#
s
$019ca87c-5093-7193-97d7-e9f5353392e2"zfs-auto-snap(“¡ñÃÊ3Z1"/
tank/home@auto-01225	tank/homeİíÍ €…¥æ(
m
$019ca87c-50b2-7f3f-8d91-cedf2232693e"zfs-auto-snap(²¡ñÃÊ3Z+")
tank/home@auto-01218	tank/homeİíÍ(
Z
$019ca87c-511c-702d-bdef-73725b204e57"svc-monitor(œ¢ñÃÊ3r

smbdrunningöµ ˆ(
L
$019ca87c-5190-77b6-adac-8edc69ebe990"disk-monitor(£ñÃÊ3Z2	
sdd%
L
$019ca87c-51a5-7164-a02d-d03ba548ba08"disk-monitor(¥£ñÃÊ3Z2	
sda!
L
$019ca87c-5208-7471-ace2-549d94a9a372"disk-monitor(ˆ¤ñÃÊ3Z2	
sdd
Z
$019ca87c-5276-7823-85d4-2d584eb1c8e2"svc-monitor(ö¤ñÃÊ3r

smbdrunningöµ ˆ(
Y
$019ca87c-52c0-7faa-8ee2-77dba8183694"svc-monitor(À¥ñÃÊ3r

nfsdrunningÔ ˆ(
]
$019ca87c-5310-7b60-8649-a932d134ecc6"net(¦ñÃÊ3b%#
	10.0.0.1910.0.0.1§” *tcp0
`
$019ca87c-5354-7638-8dae-38f0ae2e9c85"svc-monitor(Ô¦ñÃÊ3r 

rodent-syncrunningú; ˆ(
s
$019ca87c-53b6-7b01-998d-9615a4efe1f8"auth(¶§ñÃÊ32

session_idsess-573j"
 
davepassword192.168.1.11 
]
$019ca87c-541e-7de7-9cca-fc427190d99a"net(¨ñÃÊ3b%#
	10.0.0.1610.0.0.1ÿÄ ½*tcp0
Y
$019ca87c-5470-77c4-8dc3-8820cb16b6c0"svc-monitor(ğ¨ñÃÊ3r

nfsdrunningÔ ‰(
L
$019ca87c-5475-7cbf-b9c9-ec145a3be9a4"disk-monitor(õ¨ñÃÊ3Z2	
sdb!
]
$019ca87c-54ca-72a0-8d17-fee43279ef4f"net(Ê©ñÃÊ3b%#
	10.0.0.1910.0.0.1ê½ ½*tcp0
]
$019ca87c-54da-72bb-9468-215eb52f35c0"net(Ú©ñÃÊ3b%#
	10.0.0.1110.0.0.1åÇ *tcp0
L
$019ca87c-554e-79fd-aa2e-496d254f05b0"disk-monitor(ÎªñÃÊ3Z2	
sdd
L
$019ca87c-55bb-71e8-8be1-7637c64a684d"disk-monitor(»«ñÃÊ3Z2	
sdd
u
$019ca87c-5605-7d4c-979e-aba93a9e7fe5"zfs-auto-snap(…¬ñÃÊ3Z3"1
tank/media@auto-01226
tank/mediaŞíÍ €Á•²(
o
$019ca87c-5675-763d-8a06-effa9ce07fa6"zfs-auto-snap(õ¬ñÃÊ3Z-"+
tank/media@auto-01212
tank/mediaŞíÍ(
\
$019ca87c-569a-758b-90eb-ea21274f415c"net(š­ñÃÊ3b$"
10.0.0.810.0.0.1Å• *tcp0
[
$019ca87c-569f-7807-bda5-61dc5f4de239"auth(Ÿ­ñÃÊ3j"
 
davepassword192.168.1.36 
Y
$019ca87c-56e0-70fc-ac4a-53e3e8abb064"svc-monitor(à­ñÃÊ3r

nfsdrunningÔ Š(
L
$019ca87c-573b-7262-8342-1c55c1a5245b"disk-monitor(»®ñÃÊ3Z2	
sdd&
L
$019ca87c-57b0-7059-8f00-ad632fbcd647"disk-monitor(°¯ñÃÊ3Z2	
sdd%
]
$019ca87c-57ea-7f71-95e8-a89eab658218"net(ê¯ñÃÊ3b%#
	10.0.0.3110.0.0.1áÁ ½*tcp0
L
$019ca87c-57ff-7afb-b06b-cd4c914e4187"disk-monitor(ÿ¯ñÃÊ3Z2	
sde"
Z
$019ca87c-5861-7147-848c-0d68f232c3da"svc-monitor(á°ñÃÊ3r

smbdrunningöµ Š(
Y
$019ca87c-58d4-7103-bd2a-bc3f031a52ad"svc-monitor(Ô±ñÃÊ3r

nfsdrunningÔ Š(
]
$019ca87c-5928-7ca8-9fed-c3ae400923b4"net(¨²ñÃÊ3b%#
	10.0.0.3110.0.0.1Éã ½*tcp0
Y
$019ca87c-5939-7952-af46-f285d9f392a3"svc-monitor(¹²ñÃÊ3r

nfsdrunningÔ Š(
Y
$019ca87c-5989-7600-9ba3-78e6276986de"svc-monitor(‰³ñÃÊ3r

sshdrunning¢3 ‹(
L
$019ca87c-5a01-7bad-ad43-ed50d74bd2bf"disk-monitor(´ñÃÊ3Z2	
sda$
`
$019ca87c-5a3a-73e8-8e5f-a53f26e0363d"svc-monitor(º´ñÃÊ3r 

rodent-syncrunningú; ‹(
\
$019ca87c-5a53-7e24-a42b-ede22a002e44"net(Ó´ñÃÊ3b$"
10.0.0.910.0.0.1 ¢ ½*tcp0
L
$019ca87c-5a86-7709-a03d-cb949e9baa7d"disk-monitor(†µñÃÊ3Z2	
sde&
t
$019ca87c-5ab9-7ee5-be0d-26c10aba18ff"auth(¹µñÃÊ32

session_idsess-574j#
!
alicepassword192.168.1.45 
]
$019ca87c-5b16-713b-8f4f-221f6ec2ce5c"net(–¶ñÃÊ3b%#
	10.0.0.2310.0.0.1ÇÉ ½*tcp0
Y
$019ca87c-5b57-7430-9e87-579b642f9d99"svc-monitor(×¶ñÃÊ3r

nfsdrunningÔ ‹(
L
$019ca87c-5bca-79db-be64-140ba881de2c"disk-monitor(Ê·ñÃÊ3Z2	
sde
\
$019ca87c-5be3-755d-af42-c2fc17f16dfc"net(ã·ñÃÊ3b$"
10.0.0.510.0.0.1‰Ä *tcp0
\
$019ca87c-5c1d-70b3-b908-663fd63f4968"net(¸ñÃÊ3b$"
10.0.0.810.0.0.1ŸÄ *tcp0
X
$019ca87c-5c28-7a35-a2f9-1c51436e0085"svc-monitor(¨¸ñÃÊ3r

zedrunning­0 Œ(
]
$019ca87c-5c4b-7b02-983d-f5eca2a97b13"net(Ë¸ñÃÊ3b%#
	10.0.0.2310.0.0.1»½ *tcp0
`
$019ca87c-5c77-758e-9177-590076336330"svc-monitor(÷¸ñÃÊ3r 

rodent-syncrunningú; Œ(
X
$019ca87c-5cbe-7efa-945f-6da26dcec55d"svc-monitor(¾¹ñÃÊ3r

zedrunning­0 Œ(
Z
$019ca87c-5ce4-7be4-9645-6dabfba7faed"svc-monitor(ä¹ñÃÊ3r

smbdrunningöµ Œ(
L
$019ca87c-5d32-7582-9b53-37f74bf8a28f"disk-monitor(²ºñÃÊ3Z2	
sda!
]
$019ca87c-5d7b-7edd-b499-f33bd863eb30"net(ûºñÃÊ3b%#
	10.0.0.2310.0.0.1™ı *tcp0
s
$019ca87c-5dae-786b-b681-a9e0dd0bff74"auth(®»ñÃÊ32

session_idsess-573j"
 
davepassword192.168.1.32 
L
$019ca87c-5e29-70ac-85c8-7e92915c2561"disk-monitor(©¼ñÃÊ3Z2	
sde&
X
$019ca87c-5e41-71d0-a7fa-47b2240c5a06"svc-monitor(Á¼ñÃÊ3r

zedrunning­0 (
`
$019ca87c-5e93-7278-9da2-329d89fb5561"svc-monitor(“½ñÃÊ3r 

rodent-syncrunningú; (
]
$019ca87c-5f0e-7e39-ac91-7f161f656254"net(¾ñÃÊ3b%#
	10.0.0.3710.0.0.1‚Ç ½*tcp0
Y
$019ca87c-5f78-7fac-b983-dda3a95393ec"svc-monitor(ø¾ñÃÊ3r

nfsdrunningÔ (
s
$019ca87c-5fdb-7b53-9c43-6f92f278a5c7"auth(Û¿ñÃÊ32

session_idsess-575j"
 
davepassword192.168.1.38 
]
$019ca87c-604f-71d0-bab8-09044f5441e7"net(ÏÀñÃÊ3b%#
	10.0.0.3910.0.0.1 Ó *tcp0
L
$019ca87c-6090-71fe-96af-571895598340"disk-monitor(ÁñÃÊ3Z2	
sdb#
L
$019ca87c-60dd-781c-87c6-37cce5814b09"disk-monitor(İÁñÃÊ3Z2	
sda$
L
$019ca87c-610c-7b96-b228-597cd4c47aa3"disk-monitor(ŒÂñÃÊ3Z2	
sdd#
L
$019ca87c-6150-7292-81ee-6946abee13c4"disk-monitor(ĞÂñÃÊ3Z2	
sde#
]
$019ca87c-61ba-7a3b-91e7-5aea0e1c42b0"net(ºÃñÃÊ3b%#
	10.0.0.3510.0.0.1ø *tcp0
\
$019ca87c-6229-7de8-8292-b21f1bf91fd5"net(©ÄñÃÊ3b$"
10.0.0.210.0.0.1ÁÑ *tcp0
]
$019ca87c-6239-73a1-b2c7-bcf916d74aee"net(¹ÄñÃÊ3b%#
	10.0.0.2610.0.0.1°¾ *tcp0
r
$019ca87c-62a0-75d3-8040-c66de63d72eb"auth( ÅñÃÊ32

session_idsess-576j!

bobpassword192.168.1.54 
L
$019ca87c-62f0-7fe3-88bd-4b5eb1343a9f"disk-monitor(ğÅñÃÊ3Z2	
sda"
]
$019ca87c-6350-7a76-9c79-c47815b692f3"net(ĞÆñÃÊ3b%#
	10.0.0.3210.0.0.1½ *tcp0
`
$019ca87c-6379-7854-8198-28f6ea334899"svc-monitor(ùÆñÃÊ3r 

rodent-syncrunningú; (
t
$019ca87c-63a5-726a-b1dd-f0c4e28bdec1"auth(¥ÇñÃÊ32

session_idsess-574j#
!
alicepassword192.168.1.14 
]
$019ca87c-63e2-75ba-baed-27dee3843522"net(âÇñÃÊ3b%#
	10.0.0.2010.0.0.1‡ *tcp0
t
$019ca87c-644c-7355-a74f-f2e08361570f"auth(ÌÈñÃÊ32

session_idsess-577j#
!
carolpassword192.168.1.31 
X
$019ca87c-647e-77f5-968d-c1e0925156b9"svc-monitor(şÈñÃÊ3r

zedrunning­0 (
s
$019ca87c-64e0-7ba6-81d6-49bc855d90ed"auth(àÉñÃÊ32

session_idsess-575j"
 
davepassword192.168.1.25 
L
$019ca87c-654e-7982-9c63-769df7c19b5f"disk-monitor(ÎÊñÃÊ3Z2	
sdb
r
$019ca87c-65ca-7b4d-8912-a64e16f01045"auth(ÊËñÃÊ32

session_idsess-576j!

bobpassword192.168.1.58 
]
$019ca87c-65fa-73a7-b4fc-936bdbff2a7d"net(úËñÃÊ3b%#
	10.0.0.3810.0.0.1«ñ ½*tcp0
L
$019ca87c-665b-72bf-8810-c97ccfdb15e5"disk-monitor(ÛÌñÃÊ3Z2	
sdd#
L
$019ca87c-666e-73b6-8467-15fc6ee40d09"disk-monitor(îÌñÃÊ3Z2	
sdb$
]
$019ca87c-6696-7665-9225-627b0ace60dd"net(–ÍñÃÊ3b%#
	10.0.0.2510.0.0.1œ ½*tcp0
`
$019ca87c-670a-7d69-8a0a-b55a4c06b913"svc-monitor(ŠÎñÃÊ3r 

rodent-syncrunningú; (
Y
$019ca87c-676c-7ce2-afe5-d034e544e708"svc-monitor(ìÎñÃÊ3r

nfsdrunningÔ (
]
$019ca87c-67a7-7e98-8e30-2353d726a458"net(§ÏñÃÊ3b%#
	10.0.0.3110.0.0.1°Ç *tcp0
]
$019ca87c-67f7-7963-a16b-363d63ec916c"net(÷ÏñÃÊ3b%#
	10.0.0.1610.0.0.1ğ— *tcp0
]
$019ca87c-6810-79ef-af11-5f6bd53fa612"net(ĞñÃÊ3b%#
	10.0.0.3210.0.0.1”§ ½*tcp0
Z
$019ca87c-6832-791b-a09e-8362c848d8ad"svc-monitor(²ĞñÃÊ3r

smbdrunningöµ (
X
$019ca87c-683f-7450-b360-f0306b76da14"svc-monitor(¿ĞñÃÊ3r

zedrunning­0 (
`
$019ca87c-6875-7371-8d18-083afd223651"svc-monitor(õĞñÃÊ3r 

rodent-syncrunningú; (
]
$019ca87c-68da-7deb-8f59-d3bc29b15ced"net(ÚÑñÃÊ3b%#
	10.0.0.1210.0.0.1÷Æ *tcp0
]
$019ca87c-6907-77f2-8ab5-148877a81d9c"net(‡ÒñÃÊ3b%#
	10.0.0.4010.0.0.1ıŞ *tcp0
\
$019ca87c-691f-7441-b797-8c531f57b0a3"net(ŸÒñÃÊ3b$"
10.0.0.510.0.0.1‚Á *tcp0
Z
$019ca87c-694a-7632-ae8d-5601972ea43d"svc-monitor(ÊÒñÃÊ3r

smbdrunningöµ (
L
$019ca87c-696c-7f1a-aa90-1e6b6b5845ba"disk-monitor(ìÒñÃÊ3Z2	
sdd 
L
$019ca87c-6988-7edf-8070-d160ab279583"disk-monitor(ˆÓñÃÊ3Z2	
sde'
]
$019ca87c-6990-7af2-b01b-9133c402b92f"net(ÓñÃÊ3b%#
	10.0.0.1010.0.0.1ñ„ *tcp0
Y
$019ca87c-69ad-7b6b-85cf-6cf27953d914"svc-monitor(­ÓñÃÊ3r

sshdrunning¢3 ‘(
]
$019ca87c-69ea-7da9-9759-55f1e1a6ba60"net(êÓñÃÊ3b%#
	10.0.0.3510.0.0.1Ú‚ ½*tcp0
]
$019ca87c-6a2c-7bb2-b443-c14874bc630d"net(¬ÔñÃÊ3b%#
	10.0.0.4110.0.0.1ËÏ ½*tcp0
L
$019ca87c-6a4a-7db2-b566-849ad7a22873"disk-monitor(ÊÔñÃÊ3Z2	
sdb 
Y
$019ca87c-6a89-76ae-8beb-90fc6cd11ed5"svc-monitor(‰ÕñÃÊ3r

nfsdrunningÔ ‘(
X
$019ca87c-6a9e-7619-a5f4-4711eca76179"svc-monitor(ÕñÃÊ3r

zedrunning­0 ‘(
Z
$019ca87c-6ace-779c-bc90-46c37a242148"svc-monitor(ÎÕñÃÊ3r

smbdrunningöµ ‘(
}
$019ca87c-6ad5-7869-b350-041a7f0208bd"zfs-auto-snap(ÕÕñÃÊ3Z;"9
backup/archive@auto-01227backup/archiveäíÍ €éÙ÷(
w
$019ca87c-6aff-792d-a7d4-5fef868edbe2"zfs-auto-snap(ÿÕñÃÊ3Z5"3
backup/archive@auto-01209backup/archiveäíÍ(
L
$019ca87c-6b48-771e-b0bb-fa0609107458"disk-monitor(ÈÖñÃÊ3Z2	
sda'
}
$019ca87c-6b4f-7d75-ab14-9e974fbd3e48"zfs-auto-snap(ÏÖñÃÊ3Z;"9
backup/archive@auto-01228backup/archiveäíÍ ÀÏ¹À(
w
$019ca87c-6b89-7788-9430-f31bf2fe6ff9"zfs-auto-snap(‰×ñÃÊ3Z5"3
backup/archive@auto-01210backup/archiveäíÍ(
X
$019ca87c-6bcc-7ed4-93f8-a2041851efe6"svc-monitor(Ì×ñÃÊ3r

zedrunning­0 ’(
L
$019ca87c-6c15-7a2b-a77f-954c2ee3723c"disk-monitor(•ØñÃÊ3Z2	
sdb 
]
$019ca87c-6c65-759a-8f98-3dff9e127ff5"net(åØñÃÊ3b%#
	10.0.0.3110.0.0.1‰» ½*tcp0
Y
$019ca87c-6cd7-7675-9ece-c9614f741bbb"svc-monitor(×ÙñÃÊ3r

nfsdrunningÔ ’(
L
$019ca87c-6d3f-78b5-9f86-aa8b18e71698"disk-monitor(¿ÚñÃÊ3Z2	
sda
}
$019ca87c-6daf-7bc7-a10b-bfe9617c5ae1"zfs-auto-snap(¯ÛñÃÊ3Z;"9
backup/archive@auto-01229backup/archiveäíÍ Àî±(
w
$019ca87c-6e24-7ffd-aba3-c9239da2da25"zfs-auto-snap(¤ÜñÃÊ3Z5"3
backup/archive@auto-01214backup/archiveäíÍ(
L
$019ca87c-6e43-7c60-9c28-fe1a56f58c2c"disk-monitor(ÃÜñÃÊ3Z2	
sdb!
`
$019ca87c-6eb9-72d6-a283-c41c4be952a3"svc-monitor(¹İñÃÊ3r 

rodent-syncrunningú; “(
]
$019ca87c-6f34-71b8-9e15-90edb2a404df"net(´ŞñÃÊ3b%#
	10.0.0.4010.0.0.1˜æ ½*tcp0
Z
$019ca87c-6f69-7f74-a734-4412cbecab63"svc-monitor(éŞñÃÊ3r

smbdrunningöµ “(
Y
$019ca87c-6fa2-7ee2-b34b-19894e9457ca"svc-monitor(¢ßñÃÊ3r

nfsdrunningÔ “(
X
$019ca87c-7007-717e-bace-a8a25711e28a"svc-monitor(‡àñÃÊ3r

zedrunning­0 “(
]
$019ca87c-7033-7ff0-9c6b-fb2938006c0d"net(³àñÃÊ3b%#
	10.0.0.2210.0.0.1ñ ½*tcp0
L
$019ca87c-705c-7dfd-aa18-3ff5c1efeb32"disk-monitor(ÜàñÃÊ3Z2	
sda"
u
$019ca87c-70c7-7ef8-beed-54a5e0eaea81"zfs-auto-snap(ÇáñÃÊ3Z3"1
tank/media@auto-01230
tank/mediaåíÍ ÀºØÜ(
o
$019ca87c-70db-729b-8148-c465ead5ccbb"zfs-auto-snap(ÛáñÃÊ3Z-"+
tank/media@auto-01217
tank/mediaåíÍ(
]
$019ca87c-7129-7cc6-bca9-01e4219107ac"net(©âñÃÊ3b%#
	10.0.0.1510.0.0.1Ú” ½*tcp0
L
$019ca87c-7160-78c5-acb5-f32cb5bf0cc4"disk-monitor(àâñÃÊ3Z2	
sdd#
}
$019ca87c-71b7-7f9c-a4b2-858afb0d39d2"zfs-auto-snap(·ãñÃÊ3Z;"9
backup/archive@auto-01231backup/archiveåíÍ Àó˜Ê(
w
$019ca87c-7202-7b6d-a03f-8013f0888550"zfs-auto-snap(‚äñÃÊ3Z5"3
backup/archive@auto-01223backup/archiveåíÍ(
`
$019ca87c-7249-77dc-ba19-d3a3b53b1fb6"svc-monitor(ÉäñÃÊ3r 

rodent-syncrunningú; ”(
\
$019ca87c-72c2-7a0e-9528-65d4e6f922bf"net(ÂåñÃÊ3b$"
10.0.0.610.0.0.1»Ó ½*tcp0
Z
$019ca87c-730d-7411-9353-662ba6351c09"svc-monitor(æñÃÊ3r

smbdrunningöµ ”(
L
$019ca87c-731f-72a2-83a7-1b5f23deeab0"disk-monitor(ŸæñÃÊ3Z2	
sdd$
L
$019ca87c-7384-710d-8ba6-5e8fe69cc556"disk-monitor(„çñÃÊ3Z2	
sde 
Y
$019ca87c-73fe-79a6-a35a-ca9ca5044dd2"svc-monitor(şçñÃÊ3r

nfsdrunningÔ •(
Y
$019ca87c-7456-7671-8b08-a9981658108b"svc-monitor(ÖèñÃÊ3r

sshdrunning¢3 •(
L
$019ca87c-746c-72c6-8923-9610fc6fd514"disk-monitor(ìèñÃÊ3Z2	
sda&
L
$019ca87c-747b-72d9-b268-b190b09e0315"disk-monitor(ûèñÃÊ3Z2	
sdd
]
$019ca87c-74e1-7ce9-bd52-4da5492c5f72"net(áéñÃÊ3b%#
	10.0.0.3310.0.0.1×ç *tcp0
L
$019ca87c-74fd-7e55-9b4f-d85d7bf979e0"disk-monitor(ıéñÃÊ3Z2	
sde!
L
$019ca87c-7560-7e97-98ba-343a46832824"disk-monitor(àêñÃÊ3Z2	
sdd"
`
$019ca87c-75b0-7600-b950-178cea55208a"svc-monitor(°ëñÃÊ3r 

rodent-syncrunningú; •(
L
$019ca87c-75f8-7f59-ab9f-17755cd5fa13"disk-monitor(øëñÃÊ3Z2	
sdb%
\
$019ca87c-7669-73ee-8739-fe31c2051b66"auth(éìñÃÊ3j#
!
alicepassword192.168.1.47 
L
$019ca87c-76a0-76d0-af63-4cad140535d3"disk-monitor( íñÃÊ3Z2	
sde#
t
$019ca87c-7715-7058-9a44-2d1824dbec30"auth(•îñÃÊ32

session_idsess-577j#
!
carolpassword192.168.1.31 
]
$019ca87c-772e-7c5a-b941-c4a313fbbf9b"net(®îñÃÊ3b%#
	10.0.0.3910.0.0.1À– *tcp0
]
$019ca87c-77a2-7ca4-aca7-0eed01a447a2"net(¢ïñÃÊ3b%#
	10.0.0.3010.0.0.1ùÑ *tcp0
L
$019ca87c-77b1-794c-8d7b-2053bb0d1a8a"disk-monitor(±ïñÃÊ3Z2	
sdb%
_
$019ca87c-782a-73ae-8641-3131034e0e63"net(ªğñÃÊ3b'%
192.168.1.3510.0.0.1òı *tcp0
Y
$019ca87c-78a3-7613-9052-b22eb448184c"svc-monitor(£ññÃÊ3r

nfsdrunningÔ –(
_
$019ca87c-7912-7ac8-aae3-0a3cf08fd462"net(’òñÃÊ3b'%
192.168.1.1310.0.0.1¥Õ *tcp0
_
$019ca87c-791d-7ce3-b236-f6d867d8056d"net(òñÃÊ3b'%
192.168.1.2110.0.0.1µ¾ *tcp0
L
$019ca87c-796a-72b9-a3c8-daea8da6f7dd"disk-monitor(êòñÃÊ3Z2	
sdd&
L
$019ca87c-79d2-78c3-9118-e20af078f20b"disk-monitor(ÒóñÃÊ3Z2	
sde$
]
$019ca87c-79d9-7e90-81a7-f035e5d24fc7"net(ÙóñÃÊ3b%#
	10.0.0.3210.0.0.1µê *tcp0
_
$019ca87c-79fb-7c6c-a4c2-64661006ee72"net(ûóñÃÊ3b'%
192.168.1.3210.0.0.1ÛÛ *tcp0
Y
$019ca87c-7a26-7e84-bc1a-6f58b8c207b6"svc-monitor(¦ôñÃÊ3r

sshdrunning¢3 —(
`
$019ca87c-7a62-7101-9f3c-255cd0bf73bb"svc-monitor(âôñÃÊ3r 

rodent-syncrunningú; —(
L
$019ca87c-7a6b-71fc-a659-a0d1a94a9f86"disk-monitor(ëôñÃÊ3Z2	
sdb
Y
$019ca87c-7ac8-7808-918c-0c25c5d38041"svc-monitor(ÈõñÃÊ3r

nfsdrunningÔ —(
]
$019ca87c-7aee-764d-b9be-21b8e5536547"net(îõñÃÊ3b%#
	10.0.0.1710.0.0.1ã³ *tcp0
L
$019ca87c-7b68-7402-a92a-8f147d4af63a"disk-monitor(èöñÃÊ3Z2	
sdb&
]
$019ca87c-7bcd-78de-9962-1b0b100174de"net(Í÷ñÃÊ3b%#
	10.0.0.3510.0.0.1Õï *tcp0
t
$019ca87c-7bd4-7d44-a9ba-4eb606d6af61"auth(Ô÷ñÃÊ32

session_idsess-578j#
!
alicepassword192.168.1.33 
Z
$019ca87c-7bed-77aa-a782-c3336c0ed971"svc-monitor(í÷ñÃÊ3r

smbdrunningöµ ˜(
Y
$019ca87c-7c1d-7174-863e-ccdf78913d7f"svc-monitor(øñÃÊ3r

sshdrunning¢3 ˜(
Y
$019ca87c-7c92-7c4e-967d-acf2e1c22534"svc-monitor(’ùñÃÊ3r

sshdrunning¢3 ˜(
Z
$019ca87c-7cab-7a54-8113-a98144fb5429"svc-monitor(«ùñÃÊ3r

smbdrunningöµ ˜(
Y
$019ca87c-7d19-7bc0-a3a6-515c9dfd5e91"svc-monitor(™úñÃÊ3r

nfsdrunningÔ ˜(
Z
$019ca87c-7d57-761d-80cc-4ba93912197b"svc-monitor(×úñÃÊ3r

smbdrunningöµ ˜(
t
$019ca87c-7dba-7029-8eaa-2dea582469e6"auth(ºûñÃÊ32

session_idsess-578j#
!
alicepassword192.168.1.49 
]
$019ca87c-7dce-7f8a-bd19-5c79aa09d148"net(ÎûñÃÊ3b%#
	10.0.0.3710.0.0.1”ˆ *tcp0
]
$019ca87c-7e31-73a5-9a55-11222be94dff"net(±üñÃÊ3b%#
	10.0.0.3310.0.0.1’„ *tcp0
Y
$019ca87c-7e85-7d66-b9b9-21f7364d7153"svc-monitor(…ıñÃÊ3r

sshdrunning¢3 ™(
L
$019ca87c-7ed3-776c-9727-62f1ed9ea3f2"disk-monitor(ÓıñÃÊ3Z2	
sda%
t
$019ca87c-7f00-7d62-8b9a-3119958687cf"auth(€şñÃÊ32

session_idsess-579j#
!
carolpassword192.168.1.10 
\
$019ca87c-7f63-7965-bfa1-92749c191a0a"net(ãşñÃÊ3b$"
10.0.0.310.0.0.1Á„ *tcp0
Y
$019ca87c-7fdf-7914-a9bc-8c517313a4db"svc-monitor(ßÿñÃÊ3r

sshdrunning¢3 ™(
]
$019ca87c-8043-7407-b524-37b56b3c3559"net(Ã€òÃÊ3b%#
	10.0.0.1410.0.0.1åÆ ½*tcp0
L
$019ca87c-8070-7450-bc3b-99d250763571"disk-monitor(ğ€òÃÊ3Z2	
sda
]
$019ca87c-8092-763a-9048-d173db30afa5"net(’òÃÊ3b%#
	10.0.0.1810.0.0.1Ã² ½*tcp0
]
$019ca87c-80be-7bc3-b565-0c83fac298f0"net(¾òÃÊ3b%#
	10.0.0.2110.0.0.1‰ò ½*tcp0
]
$019ca87c-8109-743d-8dad-56fe415644a5"net(‰‚òÃÊ3b%#
	10.0.0.1710.0.0.1¶Ç *tcp0
L
$019ca87c-8154-7c71-a443-42a3f1dbc5c8"disk-monitor(Ô‚òÃÊ3Z2	
sdb!
L
$019ca87c-818a-797a-9536-b20744370225"disk-monitor(ŠƒòÃÊ3Z2	
sda%
L
$019ca87c-81b4-7e76-ab8b-b747467bf4bb"disk-monitor(´ƒòÃÊ3Z2	
sdb
t
$019ca87c-81d9-75b0-9ade-1abbe4ff58c7"auth(ÙƒòÃÊ32

session_idsess-580j#
!
alicepassword192.168.1.28 
Y
$019ca87c-820a-7f91-abe9-a2b854d14d82"svc-monitor(Š„òÃÊ3r

nfsdrunningÔ š(
]
$019ca87c-8227-7730-9a7a-83877d42586b"net(§„òÃÊ3b%#
	10.0.0.1910.0.0.1¿À *tcp0
t
$019ca87c-8256-7b4f-b3d5-20559f7a83ae"auth(Ö„òÃÊ32

session_idsess-579j#
!
carolpassword192.168.1.47 
Y
$019ca87c-82a7-78b9-842f-18646b9a731a"svc-monitor(§…òÃÊ3r

sshdrunning¢3 š(
L
$019ca87c-82f9-77ce-a0a0-05d246385551"disk-monitor(ù…òÃÊ3Z2	
sda"
`
$019ca87c-836a-7ed1-b61b-07956a0de54c"svc-monitor(ê†òÃÊ3r 

rodent-syncrunningú; ›(
]
$019ca87c-8370-7364-9122-005e845b4033"net(ğ†òÃÊ3b%#
	10.0.0.2310.0.0.1Ä± *tcp0
]
$019ca87c-83a1-77b1-ba8b-51f12835133b"net(¡‡òÃÊ3b%#
	10.0.0.2610.0.0.1¶› ½*tcp0
]
$019ca87c-83c3-7676-af90-dbdb2be0d723"net(Ã‡òÃÊ3b%#
	10.0.0.2510.0.0.1Ÿ¥ ½*tcp0
t
$019ca87c-83e8-7367-95b8-fb81e35705dd"auth(è‡òÃÊ32

session_idsess-580j#
!
alicepassword192.168.1.15 
r
$019ca87c-8451-79e3-b61b-4f809c532a66"auth(ÑˆòÃÊ32

session_idsess-581j!

bobpassword192.168.1.16 
u
$019ca87c-848d-716c-9c04-0135ce740447"zfs-auto-snap(‰òÃÊ3Z3"1
tank/media@auto-01232
tank/mediaêíÍ À›—’(
o
$019ca87c-84de-78d1-a3bd-fda076a1b6a8"zfs-auto-snap(Ş‰òÃÊ3Z-"+
tank/media@auto-01221
tank/mediaêíÍ(
Y
$019ca87c-8556-76de-8811-be6c60bd44df"svc-monitor(ÖŠòÃÊ3r

nfsdrunningÔ ›(
`
$019ca87c-85a8-7496-ad7a-7ae2955de6e4"svc-monitor(¨‹òÃÊ3r 

rodent-syncrunningú; ›(
r
$019ca87c-85ca-7f91-80f2-c67eb8ab8b6f"auth(Ê‹òÃÊ32

session_idsess-581j!

bobpassword192.168.1.14 
}
$019ca87c-860b-7008-a294-517301c32691"zfs-auto-snap(‹ŒòÃÊ3Z;"9
backup/archive@auto-01233backup/archiveêíÍ €Å©£	(
w
$019ca87c-8653-7faf-bbfb-79bea8a13ebd"zfs-auto-snap(ÓŒòÃÊ3Z5"3
backup/archive@auto-01227backup/archiveëíÍ(
L
$019ca87c-8682-72a9-8f1a-b9217f7458bd"disk-monitor(‚òÃÊ3Z2	
sda
L
$019ca87c-86d7-7689-8ef7-f745e69f906f"disk-monitor(×òÃÊ3Z2	
sdb!
L
$019ca87c-872c-74ce-9b2c-3dd11eee5941"disk-monitor(¬òÃÊ3Z2	
sdb 
Z
$019ca87c-8791-70a2-ba88-07584cae4cb9"svc-monitor(‘òÃÊ3r

smbdrunningöµ œ(
`
$019ca87c-87f7-7981-b8cb-69b1cadfea8e"svc-monitor(÷òÃÊ3r 

rodent-syncrunningú; œ(
\
$019ca87c-8848-74b8-95f6-630c67a9c67c"net(ÈòÃÊ3b$"
10.0.0.810.0.0.1ÃÚ ½*tcp0
]
$019ca87c-8856-7f76-b30e-9420f2871ba1"net(ÖòÃÊ3b%#
	10.0.0.1110.0.0.1…» *tcp0
`
$019ca87c-88a1-7b26-9907-30354ec250a5"svc-monitor(¡‘òÃÊ3r 

rodent-syncrunningú; (
Y
$019ca87c-8915-73fe-a68a-30489715675a"svc-monitor(•’òÃÊ3r

sshdrunning¢3 (
}
$019ca87c-8973-7ac4-b514-3927a78fc257"zfs-auto-snap(ó’òÃÊ3Z;"9
backup/archive@auto-01234backup/archiveëíÍ À™ÔÀ(
w
$019ca87c-89d8-74b4-9157-e201b21573c0"zfs-auto-snap(Ø“òÃÊ3Z5"3
backup/archive@auto-01228backup/archiveëíÍ(
`
$019ca87c-89df-7398-b882-09a0d3840807"svc-monitor(ß“òÃÊ3r 

rodent-syncrunningú; (
s
$019ca87c-8a24-7d5c-9747-b0a80b99be9f"auth(¤”òÃÊ32

session_idsess-582j"
 
davepassword192.168.1.29 
]
$019ca87c-8a2c-7aba-b384-2d6a6c539900"net(¬”òÃÊ3b%#
	10.0.0.3310.0.0.1ì ½*tcp0
s
$019ca87c-8aa3-77cb-893d-07e2609c611c"auth(£•òÃÊ32

session_idsess-582j"
 
davepassword192.168.1.42 
L
$019ca87c-8ad3-7487-a6f0-0aad107042db"disk-monitor(Ó•òÃÊ3Z2	
sdd!
`
$019ca87c-8aee-79d2-9676-246ae9e352b9"svc-monitor(î•òÃÊ3r 

rodent-syncrunningú; (
_
$019ca87c-8b30-7b7a-bd34-156f6de60e58"net(°–òÃÊ3b'%
192.168.1.4010.0.0.1ÓÜ *tcp0
]
$019ca87c-8b49-7c57-a8f5-573d34119d68"net(É–òÃÊ3b%#
	10.0.0.2210.0.0.1ÆÂ *tcp0
X
$019ca87c-8bc0-716b-9c8d-6782863b11cb"svc-monitor(À—òÃÊ3r

zedrunning­0 (
Y
$019ca87c-8beb-7c7d-ba2c-97c7fdbde97b"svc-monitor(ë—òÃÊ3r

nfsdrunningÔ (
L
$019ca87c-8c5f-7022-82a8-c2654867d6ea"disk-monitor(ß˜òÃÊ3Z2	
sde'
]
$019ca87c-8c9c-7118-9d2e-a0d44c5d83da"net(œ™òÃÊ3b%#
	10.0.0.4110.0.0.1‹» ½*tcp0
L
$019ca87c-8d05-7611-852c-0554fd727e7d"disk-monitor(…šòÃÊ3Z2	
sdd%
_
$019ca87c-8d61-7940-bd07-d536236dbb13"net(ášòÃÊ3b'%
192.168.1.4110.0.0.1öÄ *tcp0
L
$019ca87c-8dcf-7a52-9adb-fa19fce3a364"disk-monitor(Ï›òÃÊ3Z2	
sdb
L
$019ca87c-8e37-7a73-9099-c38d96d2cdd0"disk-monitor(·œòÃÊ3Z2	
sdb 
L
$019ca87c-8e8c-74c2-b412-5dbf8596b0c4"disk-monitor(ŒòÃÊ3Z2	
sda%
L
$019ca87c-8e9b-76be-9f7a-b4537d6ca26b"disk-monitor(›òÃÊ3Z2	
sde#
]
$019ca87c-8ecc-732d-b856-fa20d418254e"net(ÌòÃÊ3b%#
	10.0.0.1910.0.0.1öÄ *tcp0
\
$019ca87c-8f38-7da0-8d0e-2c815899c7a4"net(¸òÃÊ3b$"
10.0.0.610.0.0.1ßÃ *tcp0
]
$019ca87c-8f42-77d7-9020-7839dedafc7c"net(ÂòÃÊ3b%#
	10.0.0.2710.0.0.1­Û *tcp0
`
$019ca87c-8fb4-7fc3-af9f-a4356797bb30"svc-monitor(´ŸòÃÊ3r 

rodent-syncrunningú; Ÿ(
_
$019ca87c-8ff4-7688-9d6b-170af78777c8"net(ôŸòÃÊ3b'%
192.168.1.4310.0.0.1”ˆ *tcp0
_
$019ca87c-8ff9-77b9-9e23-3928f93f91bd"net(ùŸòÃÊ3b'%
192.168.1.3810.0.0.1§ *tcp0
Y
$019ca87c-9046-7f08-9c11-71d8a0cb838a"svc-monitor(Æ òÃÊ3r

sshdrunning¢3 Ÿ(
]
$019ca87c-906d-7093-8118-c7971a1cdf45"net(í òÃÊ3b%#
	10.0.0.4110.0.0.1É ½*tcp0
Z
$019ca87c-9087-7bcb-8edb-5d3b872b0451"svc-monitor(‡¡òÃÊ3r

smbdrunningöµ  (
L
$019ca87c-90d4-7d7e-ade7-a5d5c426180c"disk-monitor(Ô¡òÃÊ3Z2	
sdb
_
$019ca87c-90f2-78ae-86a0-4cb9e8ee9af4"net(ò¡òÃÊ3b'%
192.168.1.5310.0.0.1ÍĞ *tcp0
L
$019ca87c-90f8-77ac-9238-10b6cede4c1a"disk-monitor(ø¡òÃÊ3Z2	
sdb 
\
$019ca87c-9151-74de-a999-fbd7d8554930"net(Ñ¢òÃÊ3b$"
10.0.0.610.0.0.1Ä *tcp0
s
$019ca87c-9189-77e6-8e88-21af8c14ac97"zfs-auto-snap(‰£òÃÊ3Z1"/
tank/home@auto-01235	tank/homeííÍ €ÎäÍ(
m
$019ca87c-91a0-70e9-a786-cd3838c5f160"zfs-auto-snap( £òÃÊ3Z+")
tank/home@auto-01219	tank/homeííÍ(
}
$019ca87c-91fa-7cea-b64a-3368e2f27ca0"zfs-auto-snap(ú£òÃÊ3Z;"9
backup/archive@auto-01236backup/archiveííÍ €Ü²ê(
w
$019ca87c-920a-732e-bb45-ba770a7f6e01"zfs-auto-snap(Š¤òÃÊ3Z5"3
backup/archive@auto-01229backup/archiveîíÍ(
L
$019ca87c-9211-76cb-93cb-4108f33b0936"disk-monitor(‘¤òÃÊ3Z2	
sdd%
L
$019ca87c-9273-78ce-aa63-f02fdb4b21f4"disk-monitor(ó¤òÃÊ3Z2	
sda%
_
$019ca87c-9298-7829-8893-fcec0e1eebd3"net(˜¥òÃÊ3b'%
192.168.1.4010.0.0.1Ã” *tcp0
Y
$019ca87c-92f6-70ea-8d76-b36cb60e4d48"svc-monitor(ö¥òÃÊ3r

nfsdrunningÔ ¡(
L
$019ca87c-934d-71fd-869e-179e8157b024"disk-monitor(Í¦òÃÊ3Z2	
sde%
]
$019ca87c-9393-7280-9fea-d5a71f68631b"net(“§òÃÊ3b%#
	10.0.0.3810.0.0.1™Á ½*tcp0
L
$019ca87c-93e0-7993-b9a6-909e1c3a639e"disk-monitor(à§òÃÊ3Z2	
sdb 
]
$019ca87c-941d-75c5-b41e-7b85f32b1b2b"net(¨òÃÊ3b%#
	10.0.0.2210.0.0.1ªÇ ½*tcp0
]
$019ca87c-9436-7128-be91-a4d9a878ee88"net(¶¨òÃÊ3b%#
	10.0.0.1910.0.0.1àÉ ½*tcp0
s
$019ca87c-949e-7571-ad94-3d5c377bfc8e"auth(©òÃÊ32

session_idsess-583j"
 
davepassword192.168.1.42 
Y
$019ca87c-950a-77b6-8695-805a2f6b1f3f"svc-monitor(ŠªòÃÊ3r

sshdrunning¢3 ¡(
s
$019ca87c-952c-75df-bc05-f9826faa95b7"zfs-auto-snap(¬ªòÃÊ3Z1"/
tank/home@auto-01237	tank/homeîíÍ ÀÄãÒ(
m
$019ca87c-9578-7ba9-9caf-85e37b452179"zfs-auto-snap(øªòÃÊ3Z+")
tank/home@auto-01220	tank/homeîíÍ(
]
$019ca87c-95e2-722e-918e-b8cf3b5586cd"net(â«òÃÊ3b%#
	10.0.0.1410.0.0.1Öú *tcp0
]
$019ca87c-9648-7f89-bbec-bb30cd22d144"net(È¬òÃÊ3b%#
	10.0.0.2310.0.0.1¶û ½*tcp0
u
$019ca87c-968c-7c8a-8dba-9a939d09315e"zfs-auto-snap(Œ­òÃÊ3Z3"1
tank/media@auto-01238
tank/mediaïíÍ ÀÈ÷Ã(
o
$019ca87c-96ab-7f57-9101-a86032fbe678"zfs-auto-snap(«­òÃÊ3Z-"+
tank/media@auto-01224
tank/mediaïíÍ(
X
$019ca87c-9722-7d58-8335-28ee6c63ecfe"svc-monitor(¢®òÃÊ3r

zedrunning­0 ¢(
L
$019ca87c-976a-7647-a8df-02aa53614682"disk-monitor(ê®òÃÊ3Z2	
sdd'
X
$019ca87c-979d-79b5-b963-eef805f5e576"svc-monitor(¯òÃÊ3r

zedrunning­0 ¢(
u
$019ca87c-980c-7c64-91e1-15d206709f64"zfs-auto-snap(Œ°òÃÊ3Z3"1
tank/media@auto-01239
tank/mediaïíÍ €–ë±(
o
$019ca87c-987b-700a-bf19-68d7cb91a912"zfs-auto-snap(û°òÃÊ3Z-"+
tank/media@auto-01226
tank/mediaïíÍ(
L
$019ca87c-9882-79a8-bd7a-ed3f0d70ec64"disk-monitor(‚±òÃÊ3Z2	
sde 
L
$019ca87c-98e5-7105-99dc-792a6874f718"disk-monitor(å±òÃÊ3Z2	
sdd!
L
$019ca87c-992f-7fcd-b450-2a752ff024e9"disk-monitor(¯²òÃÊ3Z2	
sdb'
]
$019ca87c-9974-7b49-bb42-02556cdfadab"net(ô²òÃÊ3b%#
	10.0.0.2410.0.0.1å‘ ½*tcp0
L
$019ca87c-99d4-7f7c-baec-ae99d1de0774"disk-monitor(Ô³òÃÊ3Z2	
sde!
]
$019ca87c-9a42-7961-aeaa-d1de55183be2"net(Â´òÃÊ3b%#
	10.0.0.2510.0.0.1›ß *tcp0
]
$019ca87c-9a7d-7070-8496-8afc77663175"net(ı´òÃÊ3b%#
	10.0.0.3310.0.0.1Äİ *tcp0
]
$019ca87c-9acf-770c-9075-a597fa13f3e9"net(ÏµòÃÊ3b%#
	10.0.0.2410.0.0.1Çû *tcp0
L
$019ca87c-9ada-7ac1-b8e3-b33fc9c0a0fa"disk-monitor(ÚµòÃÊ3Z2	
sdb'
Y
$019ca87c-9af8-74c6-869b-1d2bc146cf7b"svc-monitor(øµòÃÊ3r

sshdrunning¢3 ¤(
L
$019ca87c-9b32-77fe-b608-86dc32481b85"disk-monitor(²¶òÃÊ3Z2	
sde&
L
$019ca87c-9bae-7453-8502-2132a1d768ed"disk-monitor(®·òÃÊ3Z2	
sda 
Y
$019ca87c-9bda-7dcf-b004-fe0a712dbec9"svc-monitor(Ú·òÃÊ3r

nfsdrunningÔ ¤(
Z
$019ca87c-9c06-78cd-8399-4160773b8826"svc-monitor(†¸òÃÊ3r

smbdrunningöµ ¤(
`
$019ca87c-9c77-7597-b7e9-4f117ce5b976"svc-monitor(÷¸òÃÊ3r 

rodent-syncrunningú; ¤(
X
$019ca87c-9cc9-7371-bcdb-a170722403c6"svc-monitor(É¹òÃÊ3r

zedrunning­0 ¤(
X
$019ca87c-9cdc-7e67-a9f8-cabdf340ce87"svc-monitor(Ü¹òÃÊ3r

zedrunning­0 ¤(
Y
$019ca87c-9d22-71b3-ade8-c1cceb236e14"svc-monitor(¢ºòÃÊ3r

sshdrunning¢3 ¤(
]
$019ca87c-9d81-7512-a2d9-26b0bf8ea8a1"net(»òÃÊ3b%#
	10.0.0.1810.0.0.1›Ó *tcp0
s
$019ca87c-9df3-7eab-ad5d-62f7222c8c61"auth(ó»òÃÊ32

session_idsess-583j"
 
davepassword192.168.1.22 
u
$019ca87c-9e20-7c65-add5-f86dd3f67a08"zfs-auto-snap( ¼òÃÊ3Z3"1
tank/media@auto-01240
tank/mediañíÍ €¢®¬(
o
$019ca87c-9e28-766f-adfa-116286da5f7d"zfs-auto-snap(¨¼òÃÊ3Z-"+
tank/media@auto-01230
tank/mediañíÍ(
Z
$019ca87c-9e74-720b-8e92-dc8a02578b83"svc-monitor(ô¼òÃÊ3r

smbdrunningöµ ¥(
L
$019ca87c-9ebd-7905-ab2a-f5187089da88"disk-monitor(½½òÃÊ3Z2	
sda
Z
$019ca87c-9f02-7b32-8006-df671bdd0ecc"svc-monitor(‚¾òÃÊ3r

smbdrunningöµ ¥(
]
$019ca87c-9f1e-7ba1-87c1-8775606a04f8"net(¾òÃÊ3b%#
	10.0.0.3210.0.0.1Û– ½*tcp0
_
$019ca87c-9f3a-7be9-a58e-cd3a972ef8d6"net(º¾òÃÊ3b'%
192.168.1.4410.0.0.1¼¿ *tcp0
`
$019ca87c-9f58-7bc3-8c4d-6923db4ca949"svc-monitor(Ø¾òÃÊ3r 

rodent-syncrunningú; ¥(
s
$019ca87c-9fbd-71f9-ba5c-25032a0e6a03"zfs-auto-snap(½¿òÃÊ3Z1"/
tank/home@auto-01241	tank/homeñíÍ €Ï™«(
m
$019ca87c-9ff9-7b00-8191-865a78249448"zfs-auto-snap(ù¿òÃÊ3Z+")
tank/home@auto-01222	tank/homeñíÍ(
t
$019ca87c-a03c-7644-8cdf-c146bf49954d"auth(¼ÀòÃÊ32

session_idsess-584j#
!
alicepassword192.168.1.39 
]
$019ca87c-a09a-7713-b683-ea0c1de81675"net(šÁòÃÊ3b%#
	10.0.0.2210.0.0.1ïÂ *tcp0
L
$019ca87c-a0a0-7540-b584-d3948b4b13dd"disk-monitor( ÁòÃÊ3Z2	
sdd$
]
$019ca87c-a11c-7824-90ae-c29d2621cf7a"net(œÂòÃÊ3b%#
	10.0.0.1710.0.0.1ÀÎ *tcp0
X
$019ca87c-a13a-7613-8f96-65813045476b"svc-monitor(ºÂòÃÊ3r

zedrunning­0 ¦(
L
$019ca87c-a15f-77eb-93ce-cd6ea55c0112"disk-monitor(ßÂòÃÊ3Z2	
sdb&
Y
$019ca87c-a189-77e2-a260-2db3a6209f26"svc-monitor(‰ÃòÃÊ3r

nfsdrunningÔ ¦(
`
$019ca87c-a1d9-75b5-b7b1-a09c5b122ddb"svc-monitor(ÙÃòÃÊ3r 

rodent-syncrunningú; ¦(
Y
$019ca87c-a234-7d68-bc22-5c338ebb71ae"svc-monitor(´ÄòÃÊ3r

sshdrunning¢3 ¦(
L
$019ca87c-a25f-70fe-9200-22eadaa53874"disk-monitor(ßÄòÃÊ3Z2	
sdd"
]
$019ca87c-a2c0-74f5-b61c-e099925ee888"net(ÀÅòÃÊ3b%#
	10.0.0.2110.0.0.1ó¥ ½*tcp0
u
$019ca87c-a2fc-7a5a-941c-87fa3621f6a5"zfs-auto-snap(üÅòÃÊ3Z3"1
tank/media@auto-01242
tank/mediaòíÍ €Ö§(
o
$019ca87c-a335-7cb5-afcb-2a6486acf288"zfs-auto-snap(µÆòÃÊ3Z-"+
tank/media@auto-01232
tank/mediaòíÍ(
]
$019ca87c-a384-74d8-89aa-03eff0455d52"net(„ÇòÃÊ3b%#
	10.0.0.3010.0.0.1ÂÎ ½*tcp0
`
$019ca87c-a3ab-709a-960e-3bd9d9ae1332"svc-monitor(«ÇòÃÊ3r 

rodent-syncrunningú; §(
Y
$019ca87c-a41a-701d-9c86-91ec33825b1a"svc-monitor(šÈòÃÊ3r

sshdrunning¢3 §(
]
$019ca87c-a482-7cf0-aa04-223d4ee4e993"net(‚ÉòÃÊ3b%#
	10.0.0.1510.0.0.1â« *tcp0
L
$019ca87c-a4a2-7ead-b8b7-d00c492bec98"disk-monitor(¢ÉòÃÊ3Z2	
sde$
t
$019ca87c-a4c4-7121-9507-83422ba6a1bc"auth(ÄÉòÃÊ32

session_idsess-585j#
!
alicepassword192.168.1.50 
}
$019ca87c-a534-771e-ab1a-b4260b7fbd36"zfs-auto-snap(´ÊòÃÊ3Z;"9
backup/archive@auto-01243backup/archiveòíÍ Àá¸(
w
$019ca87c-a55c-7fcc-b2a6-dea419099ee7"zfs-auto-snap(ÜÊòÃÊ3Z5"3
backup/archive@auto-01231backup/archiveòíÍ(
Y
$019ca87c-a5c4-7bde-8c9f-8dff1e8c7a64"svc-monitor(ÄËòÃÊ3r

sshdrunning¢3 ¨(
]
$019ca87c-a60d-7d89-80c8-1c35a9cca8ef"net(ÌòÃÊ3b%#
	10.0.0.2410.0.0.1® ½*tcp0
t
$019ca87c-a67b-7ca6-a934-f360a3b6c22c"auth(ûÌòÃÊ32

session_idsess-586j#
!
carolpassword192.168.1.49 
]
$019ca87c-a6d7-7c32-b332-32b267675ead"net(×ÍòÃÊ3b%#
	10.0.0.2810.0.0.1‡³ *tcp0
u
$019ca87c-a6f2-741d-b911-6a242d422dd7"zfs-auto-snap(òÍòÃÊ3Z3"1
tank/media@auto-01244
tank/mediaóíÍ À‘Û“(
o
$019ca87c-a72a-745e-80a1-409c40229c01"zfs-auto-snap(ªÎòÃÊ3Z-"+
tank/media@auto-01238
tank/mediaóíÍ(
]
$019ca87c-a76a-7dde-8524-825809b5bb7e"net(êÎòÃÊ3b%#
	10.0.0.2610.0.0.1Èº *tcp0
\
$019ca87c-a7c2-7eb2-a8da-d9e226be5911"net(ÂÏòÃÊ3b$"
10.0.0.510.0.0.1ˆ¹ *tcp0
L
$019ca87c-a823-7476-87da-67be36726dca"disk-monitor(£ĞòÃÊ3Z2	
sdd'
]
$019ca87c-a87f-7aa1-a280-2e1d07418911"net(ÿĞòÃÊ3b%#
	10.0.0.2610.0.0.1ĞÆ *tcp0
L
$019ca87c-a8f9-7cb9-85e4-4a849b12b9d1"disk-monitor(ùÑòÃÊ3Z2	
sda#
]
$019ca87c-a95a-727e-a972-94af31c06553"net(ÚÒòÃÊ3b%#
	10.0.0.3510.0.0.1«´ ½*tcp0
L
$019ca87c-a9b8-7c75-b126-61b974923c4b"disk-monitor(¸ÓòÃÊ3Z2	
sdd
t
$019ca87c-a9dc-747f-bf05-bac141a90536"auth(ÜÓòÃÊ32

session_idsess-584j#
!
alicepassword192.168.1.47 
L
$019ca87c-aa12-72e2-8f92-b0920cc3e99e"disk-monitor(’ÔòÃÊ3Z2	
sda%
`
$019ca87c-aa8b-75e7-b765-97b37f6f3f0d"svc-monitor(‹ÕòÃÊ3r 

rodent-syncrunningú; ©(
L
$019ca87c-ab03-76b1-bd20-fd5bd379a813"disk-monitor(ƒÖòÃÊ3Z2	
sdd 
]
$019ca87c-ab68-73e6-8604-40f505dc683c"net(èÖòÃÊ3b%#
	10.0.0.2010.0.0.1ûŸ ½*tcp0
Z
$019ca87c-abb1-7ffa-b554-6d99e0e278b5"svc-monitor(±×òÃÊ3r

smbdrunningöµ ª(
t
$019ca87c-ac01-7704-beff-7a7ff9f710eb"auth(ØòÃÊ32

session_idsess-585j#
!
alicepassword192.168.1.45 
L
$019ca87c-ac52-764d-a642-a32034e2b5c1"disk-monitor(ÒØòÃÊ3Z2	
sde 
X
$019ca87c-aca9-7963-ae87-81335ceb2547"svc-monitor(©ÙòÃÊ3r

zedrunning­0 ª(
`
$019ca87c-ace8-717a-8f1d-176e86956a59"svc-monitor(èÙòÃÊ3r 

rodent-syncrunningú; ª(
s
$019ca87c-ad52-7bc8-9980-00a43dc60fce"auth(ÒÚòÃÊ32

session_idsess-587j"
 
davepassword192.168.1.26 
}
$019ca87c-ad87-7491-aa57-5b1a7e1c0107"zfs-auto-snap(‡ÛòÃÊ3Z;"9
backup/archive@auto-01245backup/archiveõíÍ €ö±	(
w
$019ca87c-add6-757d-9976-6cea2969d7df"zfs-auto-snap(ÖÛòÃÊ3Z5"3
backup/archive@auto-01233backup/archiveõíÍ(
L
$019ca87c-adfe-747b-8f50-f6bcde161bd1"disk-monitor(şÛòÃÊ3Z2	
sdd 
u
$019ca87c-ae72-7621-82f2-a6449adbe2f2"zfs-auto-snap(òÜòÃÊ3Z3"1
tank/media@auto-01246
tank/mediaõíÍ Àİşâ(
o
$019ca87c-aeaf-7100-8868-0f4551c80bae"zfs-auto-snap(¯İòÃÊ3Z-"+
tank/media@auto-01239
tank/mediaõíÍ(
}
$019ca87c-af2a-733e-8b72-0567de9639ce"zfs-auto-snap(ªŞòÃÊ3Z;"9
backup/archive@auto-01247backup/archiveõíÍ €ƒ‘Ê(
w
$019ca87c-af33-7253-b742-6ecd18954e71"zfs-auto-snap(³ŞòÃÊ3Z5"3
backup/archive@auto-01234backup/archiveõíÍ(
s
$019ca87c-af80-7429-bbe5-b8d3a67cb40d"auth(€ßòÃÊ32

session_idsess-588j"
 
davepassword192.168.1.47 
]
$019ca87c-af85-7dfc-93bb-f078e9d257f8"net(…ßòÃÊ3b%#
	10.0.0.2510.0.0.1Éù ½*tcp0
Y
$019ca87c-af9f-7a3b-9d42-59d1b5247e82"svc-monitor(ŸßòÃÊ3r

sshdrunning¢3 «(
]
$019ca87c-afc4-7825-ab04-6ca4aad9f5ac"net(ÄßòÃÊ3b%#
	10.0.0.3010.0.0.1ÚÛ *tcp0
L
$019ca87c-afdf-7b21-b85c-1647380d68a0"disk-monitor(ßßòÃÊ3Z2	
sdd%
}
$019ca87c-b027-7b94-b482-026f920bf26e"zfs-auto-snap(§àòÃÊ3Z;"9
backup/archive@auto-01248backup/archiveõíÍ €ïŠÿ(
w
$019ca87c-b042-7f5e-9a1a-8939d05daf47"zfs-auto-snap(ÂàòÃÊ3Z5"3
backup/archive@auto-01236backup/archiveõíÍ(
Y
$019ca87c-b06c-74c5-8e6e-5d2b193d1757"svc-monitor(ìàòÃÊ3r

nfsdrunningÔ ¬(
u
$019ca87c-b0dd-7dd6-bb6c-249783a4856d"zfs-auto-snap(İáòÃÊ3Z3"1
tank/media@auto-01249
tank/mediaõíÍ €âØ¤(
o
$019ca87c-b14c-7b1f-a249-a6693a5808d8"zfs-auto-snap(ÌâòÃÊ3Z-"+
tank/media@auto-01240
tank/mediaõíÍ(
X
$019ca87c-b1c6-73dd-a6a8-7f83ecca0768"svc-monitor(ÆãòÃÊ3r

zedrunning­0 ¬(
t
$019ca87c-b1fe-78a4-b845-4da44b40739a"auth(şãòÃÊ32

session_idsess-586j#
!
carolpassword192.168.1.56 
\
$019ca87c-b22d-7a0c-beea-20de2bc5693b"net(­äòÃÊ3b$"
10.0.0.710.0.0.1Ö ½*tcp0
Z
$019ca87c-b266-7ad3-8a53-138de75b3337"svc-monitor(æäòÃÊ3r

smbdrunningöµ ¬(
L
$019ca87c-b28d-7002-a8c1-a0992ccd092c"disk-monitor(åòÃÊ3Z2	
sdb!
]
$019ca87c-b2b5-7a18-89eb-d8f3e1c1ab86"net(µåòÃÊ3b%#
	10.0.0.1110.0.0.1ï¹ ½*tcp0
]
$019ca87c-b2c2-7468-ba9e-78421466fe06"net(ÂåòÃÊ3b%#
	10.0.0.4010.0.0.1±Ç *tcp0
L
$019ca87c-b306-7dfb-a144-bb4271847f74"disk-monitor(†æòÃÊ3Z2	
sdb
\
$019ca87c-b356-7ba5-9cda-c82b58febef6"net(ÖæòÃÊ3b$"
10.0.0.610.0.0.1È ½*tcp0
`
$019ca87c-b38b-77b4-85b7-cd9794f1e04d"svc-monitor(‹çòÃÊ3r 

rodent-syncrunningú; ­(
L
$019ca87c-b3cf-7230-8416-db2e4597a291"disk-monitor(ÏçòÃÊ3Z2	
sda#
L
$019ca87c-b3e4-74bf-b1c3-6d797bafc7c9"disk-monitor(äçòÃÊ3Z2	
sda!
Y
$019ca87c-b440-7129-91b2-61da7a9773b2"svc-monitor(ÀèòÃÊ3r

nfsdrunningÔ ­(
X
$019ca87c-b494-7a1d-a3bb-53aac396883c"svc-monitor(”éòÃÊ3r

zedrunning­0 ­(
L
$019ca87c-b4fa-7d27-b65c-bca24903aff9"disk-monitor(úéòÃÊ3Z2	
sdb
]
$019ca87c-b51f-7654-9721-5c80ab24ba9e"net(ŸêòÃÊ3b%#
	10.0.0.2910.0.0.1õà ½*tcp0
Y
$019ca87c-b585-7ee9-ae26-d6089ec5bb81"svc-monitor(…ëòÃÊ3r

sshdrunning¢3 ­(
L
$019ca87c-b5d8-7397-93a8-bf2c7758a330"disk-monitor(ØëòÃÊ3Z2	
sdb#
]
$019ca87c-b648-78da-92a5-7785402d1904"net(ÈìòÃÊ3b%#
	10.0.0.1910.0.0.1ÇÉ ½*tcp0
]
$019ca87c-b6b4-7067-9455-741dea6ef707"net(´íòÃÊ3b%#
	10.0.0.1310.0.0.1ğƒ ½*tcp0
`
$019ca87c-b713-7d8e-a705-d1fcba1acc20"svc-monitor(“îòÃÊ3r 

rodent-syncrunningú; ®(
Y
$019ca87c-b728-7340-abdf-0adfad983f25"svc-monitor(¨îòÃÊ3r

sshdrunning¢3 ®(
Y
$019ca87c-b74c-7098-83a7-fa4052faa883"svc-monitor(ÌîòÃÊ3r

nfsdrunningÔ ®(
Z
$019ca87c-b77f-7431-9eee-e7019d8072f3"svc-monitor(ÿîòÃÊ3r

smbdrunningöµ ®(
u
$019ca87c-b7e6-7ea0-b8eb-3b4920bd607f"zfs-auto-snap(æïòÃÊ3Z3"1
tank/media@auto-01250
tank/media÷íÍ ÀµûÆ(
o
$019ca87c-b849-7ac2-aaa8-6a975f722240"zfs-auto-snap(ÉğòÃÊ3Z-"+
tank/media@auto-01242
tank/media÷íÍ(
L
$019ca87c-b89f-72aa-a7bb-0dd6f4350a02"disk-monitor(ŸñòÃÊ3Z2	
sda&
X
$019ca87c-b915-7d88-898b-616aa7343fc6"svc-monitor(•òòÃÊ3r

zedrunning­0 ¯(
X
$019ca87c-b98b-734f-b02e-330ec5567c68"svc-monitor(‹óòÃÊ3r

zedrunning­0 ¯(
]
$019ca87c-b9d8-7d0e-8ceb-558a4cfc516d"net(ØóòÃÊ3b%#
	10.0.0.1310.0.0.1ÄÁ *tcp0
`
$019ca87c-ba38-7022-a86e-0185c72c0847"svc-monitor(¸ôòÃÊ3r 

rodent-syncrunningú; ¯(
L
$019ca87c-baa8-7bcd-9759-777794cd4736"disk-monitor(¨õòÃÊ3Z2	
sdd#
s
$019ca87c-bafe-7848-a5a5-e35fc14582c7"auth(şõòÃÊ32

session_idsess-587j"
 
davepassword192.168.1.32 
]
$019ca87c-bb45-7566-ba69-c99e3fb4ad05"net(ÅöòÃÊ3b%#
	10.0.0.1110.0.0.1€¹ ½*tcp0
s
$019ca87c-bbba-7da3-8ec2-e23e3b67038c"auth(º÷òÃÊ32

session_idsess-588j"
 
davepassword192.168.1.41 
\
$019ca87c-bc08-7fd4-99fa-0b19c6c57d95"net(ˆøòÃÊ3b$"
10.0.0.410.0.0.1ùü ½*tcp0
L
$019ca87c-bc82-7391-bf2f-bdbf85f3abc3"disk-monitor(‚ùòÃÊ3Z2	
sde#
_
$019ca87c-bcfc-78e1-a3c7-44b8a426d9e2"net(üùòÃÊ3b'%
192.168.1.4710.0.0.1‡Í *tcp0
`
$019ca87c-bd1a-7a79-a5aa-dab173444403"svc-monitor(šúòÃÊ3r 

rodent-syncrunningú; °(
X
$019ca87c-bd7f-7ef8-bba3-c349f1f2e4b6"svc-monitor(ÿúòÃÊ3r

zedrunning­0 °(
\
$019ca87c-bd94-727a-9282-b9c431539c53"net(”ûòÃÊ3b$"
10.0.0.210.0.0.1™ ½*tcp0
]
$019ca87c-bde4-76c0-b23b-7e6f6de4fb47"net(äûòÃÊ3b%#
	10.0.0.1010.0.0.1×é ½*tcp0
Y
$019ca87c-be34-7ab1-a899-3c36d6c32e7d"svc-monitor(´üòÃÊ3r

sshdrunning¢3 °(
Y
$019ca87c-be3f-7c34-831a-6a325a2415d1"svc-monitor(¿üòÃÊ3r

nfsdrunningÔ °(
]
$019ca87c-be8c-7ad2-b17a-4819ba8335be"net(ŒıòÃÊ3b%#
	10.0.0.2410.0.0.1ÏÏ ½*tcp0
Y
$019ca87c-beb9-7fe1-b0e2-75387c6590ef"svc-monitor(¹ıòÃÊ3r

nfsdrunningÔ °(
Y
$019ca87c-bec5-71a7-b12c-59df4e88d430"svc-monitor(ÅıòÃÊ3r

nfsdrunningÔ °(
]
$019ca87c-bed3-7193-bc0f-eb975de2841f"net(ÓıòÃÊ3b%#
	10.0.0.1210.0.0.1ÑŸ ½*tcp0
L
$019ca87c-bf25-7451-bf03-72a5375485cf"disk-monitor(¥şòÃÊ3Z2	
sdb#
X
$019ca87c-bf9f-7724-9475-a14bcde71346"svc-monitor(ŸÿòÃÊ3r

zedrunning­0 ±(
Z
$019ca87c-bff2-772b-a710-d3bcc0787bec"auth(òÿòÃÊ3j!

bobpassword192.168.1.11 
L
$019ca87c-c01f-77a7-99aa-dc1e569f376a"disk-monitor(Ÿ€óÃÊ3Z2	
sde!
`
$019ca87c-c070-78ae-b20a-c7efb89abe42"svc-monitor(ğ€óÃÊ3r 

rodent-syncrunningú; ±(
Y
$019ca87c-c0c5-7a04-a1af-3260ffe2da1b"svc-monitor(ÅóÃÊ3r

sshdrunning¢3 ±(
Z
$019ca87c-c108-7860-aedb-2a8c4133a45c"svc-monitor(ˆ‚óÃÊ3r

smbdrunningöµ ±(
]
$019ca87c-c12d-76e1-8102-0b7030e4faee"net(­‚óÃÊ3b%#
	10.0.0.1310.0.0.1ı ½*tcp0
L
$019ca87c-c1a7-7656-afd7-bef3ce0592f3"disk-monitor(§ƒóÃÊ3Z2	
sdb!
\
$019ca87c-c1c7-72e8-8b43-dcd5b6aa5f09"net(ÇƒóÃÊ3b$"
10.0.0.410.0.0.1´û *tcp0
L
$019ca87c-c207-7d91-992a-c4f58f284b16"disk-monitor(‡„óÃÊ3Z2	
sdd"
L
$019ca87c-c210-7c75-b0ac-74ae30c9d33c"disk-monitor(„óÃÊ3Z2	
sde!
t
$019ca87c-c26a-7b7d-a8c4-52ca413db85c"auth(ê„óÃÊ32

session_idsess-589j#
!
carolpassword192.168.1.33 
`
$019ca87c-c277-7a4e-8441-0533c646a030"svc-monitor(÷„óÃÊ3r 

rodent-syncrunningú; ²(
Y
$019ca87c-c281-7049-aa40-c6c573f211c7"svc-monitor(…óÃÊ3r

sshdrunning¢3 ²(
Y
$019ca87c-c2de-71fa-83ee-cfec1b8a9363"svc-monitor(Ş…óÃÊ3r

sshdrunning¢3 ²(
L
$019ca87c-c30d-7c91-ae93-1a7f1e265d37"disk-monitor(†óÃÊ3Z2	
sdd!
L
$019ca87c-c373-77a2-98d8-8e73192bcf62"disk-monitor(ó†óÃÊ3Z2	
sde$
L
$019ca87c-c3d5-7cfd-8296-46b73c952ebb"disk-monitor(Õ‡óÃÊ3Z2	
sdb&
L
$019ca87c-c410-7622-8647-332fe7f661ad"disk-monitor(ˆóÃÊ3Z2	
sda
`
$019ca87c-c470-7e86-a65c-abc106d11b10"svc-monitor(ğˆóÃÊ3r 

rodent-syncrunningú; ³(
L
$019ca87c-c4bd-7ef8-b7c8-927226917a35"disk-monitor(½‰óÃÊ3Z2	
sdd%
]
$019ca87c-c512-7881-918c-4ee165d0f569"net(’ŠóÃÊ3b%#
	10.0.0.3110.0.0.1ÉÀ *tcp0
Y
$019ca87c-c533-7a54-be96-f6e83c74e519"svc-monitor(³ŠóÃÊ3r

sshdrunning¢3 ³(
]
$019ca87c-c5a2-7823-a0d8-a150a1d63a04"net(¢‹óÃÊ3b%#
	10.0.0.1110.0.0.1¿‘ *tcp0
L
$019ca87c-c5e0-7fc8-abc6-398c0cc4d2cd"disk-monitor(à‹óÃÊ3Z2	
sda"
Y
$019ca87c-c654-73de-b3aa-d276d804c160"svc-monitor(ÔŒóÃÊ3r

nfsdrunningÔ ³(
L
$019ca87c-c68a-7c0f-bb58-5ea18902edb1"disk-monitor(ŠóÃÊ3Z2	
sda#
Y
$019ca87c-c6fa-7452-a2e6-c8722f25a9e9"svc-monitor(úóÃÊ3r

nfsdrunningÔ ³(
t
$019ca87c-c723-712c-9d96-c6d69e28f454"auth(£óÃÊ32

session_idsess-590j#
!
alicepassword192.168.1.59 
t
$019ca87c-c76a-7107-8564-9687fd9b5cef"auth(êóÃÊ32

session_idsess-589j#
!
carolpassword192.168.1.12 
`
$019ca87c-c78e-7bb1-9f28-c1b1df8b16d0"svc-monitor(óÃÊ3r 

rodent-syncrunningú; ´(
s
$019ca87c-c798-7ba6-a3fa-7f0a0e8f7637"zfs-auto-snap(˜óÃÊ3Z1"/
tank/home@auto-01251	tank/homeûíÍ ÀîÍ¨(
m
$019ca87c-c7df-7747-adff-a100924288dd"zfs-auto-snap(ßóÃÊ3Z+")
tank/home@auto-01225	tank/homeûíÍ(
X
$019ca87c-c83d-76e2-8e2b-6ef9927b3786"svc-monitor(½óÃÊ3r

zedrunning­0 ´(
]
$019ca87c-c886-71ed-b21c-80738a0ede76"net(†‘óÃÊ3b%#
	10.0.0.2710.0.0.1‹Î *tcp0
Z
$019ca87c-c891-7d5b-913f-f9994bac6d00"svc-monitor(‘‘óÃÊ3r

smbdrunningöµ ´(
L
$019ca87c-c8c2-73a8-b2db-7b5800d49e6e"disk-monitor(Â‘óÃÊ3Z2	
sda'
]
$019ca87c-c8ed-7bd9-b589-ca06d6cc6135"net(í‘óÃÊ3b%#
	10.0.0.3510.0.0.1ŠÄ ½*tcp0
u
$019ca87c-c90e-7e1b-b45c-e5f2b503d156"zfs-auto-snap(’óÃÊ3Z3"1
tank/media@auto-01252
tank/mediaüíÍ À‹íˆ(
o
$019ca87c-c91c-77a2-9b1a-ade805429092"zfs-auto-snap(œ’óÃÊ3Z-"+
tank/media@auto-01244
tank/mediaüíÍ(
Z
$019ca87c-c974-7d05-bd3f-6f1c0e5691d5"svc-monitor(ô’óÃÊ3r

smbdrunningöµ µ(
`
$019ca87c-c9c5-71c0-95fe-13b4b29896eb"svc-monitor(Å“óÃÊ3r 

rodent-syncrunningú; µ(
t
$019ca87c-c9d3-753f-8ad6-a6305690a0a3"auth(Ó“óÃÊ32

session_idsess-590j#
!
alicepassword192.168.1.35 
]
$019ca87c-ca08-780c-bae2-b174cb4b879f"net(ˆ”óÃÊ3b%#
	10.0.0.3610.0.0.1Ô² *tcp0
\
$019ca87c-ca19-7e55-8871-9c34d18c24e7"net(™”óÃÊ3b$"
10.0.0.210.0.0.1Ä« ½*tcp0
Z
$019ca87c-ca87-7fc1-a265-4c4c5bf9bf30"svc-monitor(‡•óÃÊ3r

smbdrunningöµ µ(
L
$019ca87c-caf4-7067-93c4-a1a03c75e7f9"disk-monitor(ô•óÃÊ3Z2	
sda 
_
$019ca87c-cb1c-77a8-83a3-6d5518411e42"net(œ–óÃÊ3b'%
192.168.1.1710.0.0.1£¯ *tcp0
Y
$019ca87c-cb75-7c4e-9a6a-aece2138ae30"svc-monitor(õ–óÃÊ3r

nfsdrunningÔ ¶(
u
$019ca87c-cbda-76f5-98f1-d6ed4a8cde7f"zfs-auto-snap(Ú—óÃÊ3Z3"1
tank/media@auto-01253
tank/mediaüíÍ ÀÈîÉ(
o
$019ca87c-cc2e-7450-ab0f-beacaf8ca829"zfs-auto-snap(®˜óÃÊ3Z-"+
tank/media@auto-01246
tank/mediaüíÍ(
]
$019ca87c-cc3d-7d9d-9baf-7b79e3988954"net(½˜óÃÊ3b%#
	10.0.0.3910.0.0.1„á *tcp0
]
$019ca87c-cc73-7943-a7dd-92a943e17a36"net(ó˜óÃÊ3b%#
	10.0.0.3910.0.0.1™¦ *tcp0
_
$019ca87c-cc96-7923-bd15-2302599a84e7"net(–™óÃÊ3b'%
192.168.1.1110.0.0.1ù€ *tcp0
Y
$019ca87c-ccdd-72c8-9311-92254cab2e4c"svc-monitor(İ™óÃÊ3r

nfsdrunningÔ ¶(
L
$019ca87c-cd22-7de1-8588-2082bed2ff06"disk-monitor(¢šóÃÊ3Z2	
sdb#
]
$019ca87c-cd63-7494-8a4f-c872809ef29c"net(ãšóÃÊ3b%#
	10.0.0.1310.0.0.1şÔ ½*tcp0
Y
$019ca87c-cd6b-7fad-a78e-829f8e7a0a93"svc-monitor(ëšóÃÊ3r

nfsdrunningÔ ¶(
`
$019ca87c-cd72-74e1-a94d-d9b3d808194c"svc-monitor(òšóÃÊ3r 

rodent-syncrunningú; ·(
L
$019ca87c-cd80-7773-9db2-d25f16201db5"disk-monitor(€›óÃÊ3Z2	
sde
]
$019ca87c-cdf3-7979-ad56-f5b9fee44271"net(ó›óÃÊ3b%#
	10.0.0.1710.0.0.1Ú ½*tcp0
_
$019ca87c-ce32-7be3-b424-6ffe3dee60c2"net(²œóÃÊ3b'%
192.168.1.1210.0.0.1Œ° *tcp0
L
$019ca87c-ce4f-7538-a75f-c11b45758cda"disk-monitor(ÏœóÃÊ3Z2	
sdd 
]
$019ca87c-cec1-782b-9df8-8629375629ef"net(ÁóÃÊ3b%#
	10.0.0.1210.0.0.1”· ½*tcp0
Y
$019ca87c-cece-7e6e-a649-31e2384180c2"svc-monitor(ÎóÃÊ3r

sshdrunning¢3 ·(
]
$019ca87c-cedd-72e3-9bc5-db20d33fb9eb"net(İóÃÊ3b%#
	10.0.0.2210.0.0.1êï *tcp0
L
$019ca87c-cef0-7159-a1c9-22c6a1abb1dd"disk-monitor(ğóÃÊ3Z2	
sda"
Y
$019ca87c-cf35-7bca-b974-0dd94d5f362b"svc-monitor(µóÃÊ3r

sshdrunning¢3 ·(
Y
$019ca87c-cf9f-7056-9d5d-d25023ffe040"svc-monitor(ŸŸóÃÊ3r

nfsdrunningÔ ¸(
L
$019ca87c-cfd0-7ac6-9891-37d0f25b8193"disk-monitor(ĞŸóÃÊ3Z2	
sde"
L
$019ca87c-d00f-7b44-a789-773cb42c4eaf"disk-monitor( óÃÊ3Z2	
sda"
]
$019ca87c-d081-7688-8392-a9f32759b3e1"net(¡óÃÊ3b%#
	10.0.0.2210.0.0.1³Ë *tcp0
L
$019ca87c-d087-794d-874b-8ef9851f74a9"disk-monitor(‡¡óÃÊ3Z2	
sda&
t
$019ca87c-d0ae-7225-bb49-417504c6f193"auth(®¡óÃÊ32

session_idsess-591j#
!
alicepassword192.168.1.17 
t
$019ca87c-d0f7-7130-96fa-a7e5f7424e83"auth(÷¡óÃÊ32

session_idsess-591j#
!
alicepassword192.168.1.31 
\
$019ca87c-d153-72a0-9e45-a693a205a2e8"net(Ó¢óÃÊ3b$"
10.0.0.910.0.0.1Á» *tcp0
Y
$019ca87c-d186-7589-a669-1676d88a6c2a"svc-monitor(†£óÃÊ3r

sshdrunning¢3 ¸(
]
$019ca87c-d1a6-7388-ab02-d7adee617e5e"net(¦£óÃÊ3b%#
	10.0.0.3110.0.0.1»½ ½*tcp0
]
$019ca87c-d1d4-7ff5-9c43-03548d123aee"net(Ô£óÃÊ3b%#
	10.0.0.4110.0.0.1â¶ *tcp0
_
$019ca87c-d200-7916-98cf-eee99dcf9fbd"net(€¤óÃÊ3b'%
192.168.1.1610.0.0.1§Ÿ *tcp0
s
$019ca87c-d21d-7e6f-8024-363810a77e51"auth(¤óÃÊ32

session_idsess-592j"
 
davepassword192.168.1.15 
`
$019ca87c-d23a-763f-8260-f678282f2968"svc-monitor(º¤óÃÊ3r 

rodent-syncrunningú; ¹(
L
$019ca87c-d243-729c-938b-8f7fb69c9064"disk-monitor(Ã¤óÃÊ3Z2	
sdb'
L
$019ca87c-d280-7c5d-9915-84329784dfd0"disk-monitor(€¥óÃÊ3Z2	
sdd
]
$019ca87c-d2ca-72b5-949d-fa56c3d0e885"net(Ê¥óÃÊ3b%#
	10.0.0.2710.0.0.1ªß *tcp0
Y
$019ca87c-d327-73fa-a486-fe9675f1c10d"svc-monitor(§¦óÃÊ3r

sshdrunning¢3 ¹(
s
$019ca87c-d39d-74ac-814a-400c48d04d10"zfs-auto-snap(§óÃÊ3Z1"/
tank/home@auto-01254	tank/homeşíÍ À«Ñ¼(
m
$019ca87c-d414-7413-b050-dbebcdabeaef"zfs-auto-snap(”¨óÃÊ3Z+")
tank/home@auto-01235	tank/homeşíÍ(
u
$019ca87c-d48d-7d22-9b00-1877a52c95df"zfs-auto-snap(©óÃÊ3Z3"1
tank/media@auto-01255
tank/mediaşíÍ €ƒú(
o
$019ca87c-d4a6-7269-a377-e88900727434"zfs-auto-snap(¦©óÃÊ3Z-"+
tank/media@auto-01249
tank/mediaÿíÍ(
X
$019ca87c-d4ab-7a96-b7a4-85c264c50b4b"svc-monitor(«©óÃÊ3r

zedrunning­0 º(
Z
$019ca87c-d4bf-7c7e-baf2-279f42b78737"svc-monitor(¿©óÃÊ3r

smbdrunningöµ º(
Y
$019ca87c-d4d8-7291-8cdb-692b37cac268"svc-monitor(Ø©óÃÊ3r

nfsdrunningÔ º(
u
$019ca87c-d4f9-7fc3-b5ad-4f08b86598c5"zfs-auto-snap(ù©óÃÊ3Z3"1
tank/media@auto-01256
tank/mediaÿíÍ €øŞÄ(
o
$019ca87c-d574-723c-bf4b-6b09e1a66325"zfs-auto-snap(ôªóÃÊ3Z-"+
tank/media@auto-01250
tank/mediaÿíÍ(
L
$019ca87c-d5c1-77d5-9d1f-d01683197a4a"disk-monitor(Á«óÃÊ3Z2	
sde$
s
$019ca87c-d606-70fc-90f7-053b6a5d668e"auth(†¬óÃÊ32

session_idsess-592j"
 
davepassword192.168.1.21 
_
$019ca87c-d64c-7d91-8835-4e50fa1319bd"net(Ì¬óÃÊ3b'%
192.168.1.5610.0.0.1ÀÈ *tcp0
L
$019ca87c-d6b5-7e42-ad46-51384a4219c3"disk-monitor(µ­óÃÊ3Z2	
sda#
]
$019ca87c-d70e-7c41-b645-d148bf6c0e16"net(®óÃÊ3b%#
	10.0.0.3510.0.0.1Ùè *tcp0
L
$019ca87c-d737-7aef-a441-c53d3a231db9"disk-monitor(·®óÃÊ3Z2	
sda$
]
$019ca87c-d74c-7641-86c9-0c8246722279"net(Ì®óÃÊ3b%#
	10.0.0.2610.0.0.1ôÅ *tcp0
L
$019ca87c-d77f-7953-98dc-f80aa34c344d"disk-monitor(ÿ®óÃÊ3Z2	
sda
s
$019ca87c-d797-7d3a-b8c2-7d5f9f1fcccc"auth(—¯óÃÊ32

session_idsess-593j"
 
davepassword192.168.1.50 
Y
$019ca87c-d7d1-7abd-8e90-63ecdaf5c762"svc-monitor(Ñ¯óÃÊ3r

nfsdrunningÔ »(
Y
$019ca87c-d7db-71bc-a3df-0faa7e14ae57"svc-monitor(Û¯óÃÊ3r

sshdrunning¢3 »(
Z
$019ca87c-d848-7f36-8c1a-61b35d04d7c4"svc-monitor(È°óÃÊ3r

smbdrunningöµ »(
Z
$019ca87c-d867-7531-b51c-218a315c1459"svc-monitor(ç°óÃÊ3r

smbdrunningöµ »(
]
$019ca87c-d8c6-7f56-84f6-02fd66888b1e"net(Æ±óÃÊ3b%#
	10.0.0.2510.0.0.1ƒä ½*tcp0
\
$019ca87c-d8f4-7fd9-b01f-8eaa933302c3"net(ô±óÃÊ3b$"
10.0.0.910.0.0.1ùº *tcp0
u
$019ca87c-d914-7ad6-b7a3-f0904a18bbe4"zfs-auto-snap(”²óÃÊ3Z3"1
tank/media@auto-01257
tank/media€îÍ €«±§(
o
$019ca87c-d91f-7db2-8f11-26506e921a98"zfs-auto-snap(Ÿ²óÃÊ3Z-"+
tank/media@auto-01252
tank/media€îÍ(
X
$019ca87c-d968-7910-a132-5711091a1947"svc-monitor(è²óÃÊ3r

zedrunning­0 ¼(
L
$019ca87c-d9c8-7dfe-8f2c-4b1326a9918f"disk-monitor(È³óÃÊ3Z2	
sde'
s
$019ca87c-da39-79dc-8e7c-7fbe873f6179"zfs-auto-snap(¹´óÃÊ3Z1"/
tank/home@auto-01258	tank/home€îÍ À£êƒ(
m
$019ca87c-daa9-7e2d-851f-3a137932ce50"zfs-auto-snap(©µóÃÊ3Z+")
tank/home@auto-01237	tank/home€îÍ(
]
$019ca87c-db1d-72fe-87ec-b6c0d482f7cc"net(¶óÃÊ3b%#
	10.0.0.4110.0.0.1è *tcp0
}
$019ca87c-db6a-734f-8058-da1c3e1a44e7"zfs-auto-snap(ê¶óÃÊ3Z;"9
backup/archive@auto-01259backup/archive€îÍ Àëû´	(
w
$019ca87c-db99-78a6-b169-8477bb7a4d63"zfs-auto-snap(™·óÃÊ3Z5"3
backup/archive@auto-01243backup/archive€îÍ(
Y
$019ca87c-dbb8-7569-9c11-8b9a80df3a98"svc-monitor(¸·óÃÊ3r

sshdrunning¢3 ½(
Y
$019ca87c-dc03-79a1-acb1-a171d8bd6981"svc-monitor(ƒ¸óÃÊ3r

nfsdrunningÔ ½(
Y
$019ca87c-dc18-7acd-9348-21997c260b18"svc-monitor(˜¸óÃÊ3r

sshdrunning¢3 ½(
L
$019ca87c-dc1e-74d9-8ffe-07aca336a137"disk-monitor(¸óÃÊ3Z2	
sdd'
L
$019ca87c-dc23-7b3e-81c8-73d8f8ee48b3"disk-monitor(£¸óÃÊ3Z2	
sde!
L
$019ca87c-dc7d-79f9-b817-9d89cfb1be9d"disk-monitor(ı¸óÃÊ3Z2	
sdb'
\
$019ca87c-dc8e-7af3-9fee-2e41c711bf93"net(¹óÃÊ3b$"
10.0.0.710.0.0.1ÑÈ *tcp0
Y
$019ca87c-dce2-7fbb-9453-b160a7839e4b"svc-monitor(â¹óÃÊ3r

nfsdrunningÔ ½(
]
$019ca87c-dd4e-7e3e-aed1-07e756549f6a"net(ÎºóÃÊ3b%#
	10.0.0.1710.0.0.1‘ ½*tcp0
Y
$019ca87c-dd6e-71bf-ae21-49bd9cf9c104"svc-monitor(îºóÃÊ3r

sshdrunning¢3 ¾(
s
$019ca87c-dd8f-7553-ac7b-4dfbedbd174f"auth(»óÃÊ32

session_idsess-594j"
 
davepassword192.168.1.35 
]
$019ca87c-dde8-77f2-8461-e3b81086118e"net(è»óÃÊ3b%#
	10.0.0.4010.0.0.1ÒË *tcp0
X
$019ca87c-de25-7cdd-9e4e-6cae1d506367"svc-monitor(¥¼óÃÊ3r

zedrunning­0 ¾(
Y
$019ca87c-de5a-7252-8bf4-43b2c567945b"svc-monitor(Ú¼óÃÊ3r

nfsdrunningÔ ¾(
]
$019ca87c-de8f-73b2-a412-5f15651c885d"net(½óÃÊ3b%#
	10.0.0.1210.0.0.1™ì ½*tcp0
`
$019ca87c-deea-72b1-9a5e-30d58505e0e7"svc-monitor(ê½óÃÊ3r 

rodent-syncrunningú; ¾(
Z
$019ca87c-df40-7e83-9949-3c4c0841d361"svc-monitor(À¾óÃÊ3r

smbdrunningöµ ¾(
]
$019ca87c-df91-7f68-ba4a-249edeaf868b"net(‘¿óÃÊ3b%#
	10.0.0.3210.0.0.1¡É *tcp0
s
$019ca87c-dfad-78ca-b8c4-bd3e2b07c171"zfs-auto-snap(­¿óÃÊ3Z1"/
tank/home@auto-01260	tank/homeîÍ ÀâÂİ(
m
$019ca87c-dfe0-7d45-a05a-97d3294690ff"zfs-auto-snap(à¿óÃÊ3Z+")
tank/home@auto-01241	tank/homeîÍ(
X
$019ca87c-e01e-7648-bef5-8e8dd8ff253d"svc-monitor(ÀóÃÊ3r

zedrunning­0 ¿(
`
$019ca87c-e058-70ca-9f6a-06a6152b8f33"svc-monitor(ØÀóÃÊ3r 

rodent-syncrunningú; ¿(
L
$019ca87c-e0aa-74f2-ac90-9f6473b4190f"disk-monitor(ªÁóÃÊ3Z2	
sda&
t
$019ca87c-e10e-77fd-8bf0-b7f5fb325323"auth(ÂóÃÊ32

session_idsess-595j#
!
alicepassword192.168.1.38 
L
$019ca87c-e174-7c7d-9939-9565a08a9ab9"disk-monitor(ôÂóÃÊ3Z2	
sdb"
]
$019ca87c-e182-7aca-a9c8-c3188feafcbb"net(‚ÃóÃÊ3b%#
	10.0.0.2710.0.0.1÷ *tcp0
s
$019ca87c-e1aa-77dd-b770-b22ed620ea7b"auth(ªÃóÃÊ32

session_idsess-593j"
 
davepassword192.168.1.41 
L
$019ca87c-e21f-7ede-a17c-09fe29c75a01"disk-monitor(ŸÄóÃÊ3Z2	
sdb 
L
$019ca87c-e237-70ff-a1d2-9501a94b3c18"disk-monitor(·ÄóÃÊ3Z2	
sdb
L
$019ca87c-e270-7477-934b-816a0ae1ed34"disk-monitor(ğÄóÃÊ3Z2	
sdb%
]
$019ca87c-e2a0-7527-aa80-8daa4dd561b0"net( ÅóÃÊ3b%#
	10.0.0.1510.0.0.1â† ½*tcp0
X
$019ca87c-e305-7ccd-9bc3-fa694a954084"svc-monitor(…ÆóÃÊ3r

zedrunning­0 À(
Z
$019ca87c-e366-7a92-bb6f-18b458d748b6"svc-monitor(æÆóÃÊ3r

smbdrunningöµ À(
]
$019ca87c-e371-7077-9c04-2cf4c56bdce4"net(ñÆóÃÊ3b%#
	10.0.0.2110.0.0.1ÛÆ *tcp0
L
$019ca87c-e3b6-75a4-91ad-e399c105dad1"disk-monitor(¶ÇóÃÊ3Z2	
sda%
L
$019ca87c-e3ed-7e1b-9c0e-1100de0deb81"disk-monitor(íÇóÃÊ3Z2	
sde%
L
$019ca87c-e45a-756e-bb98-686b4590f192"disk-monitor(ÚÈóÃÊ3Z2	
sde"
Y
$019ca87c-e4ba-73ce-a15d-ae3caba2fc3f"svc-monitor(ºÉóÃÊ3r

nfsdrunningÔ À(
L
$019ca87c-e52d-7d67-9d9b-7a7cf3ca1383"disk-monitor(­ÊóÃÊ3Z2	
sdb 
X
$019ca87c-e56a-796d-a062-779a6754082e"svc-monitor(êÊóÃÊ3r

zedrunning­0 Á(
L
$019ca87c-e575-798e-a0df-7a2a6e0c8e88"disk-monitor(õÊóÃÊ3Z2	
sda%
L
$019ca87c-e594-7b08-92b1-5eb113423575"disk-monitor(”ËóÃÊ3Z2	
sda"
X
$019ca87c-e5b2-7329-a457-49b01c788402"svc-monitor(²ËóÃÊ3r

zedrunning­0 Á(
Y
$019ca87c-e5ea-7065-804c-a380496eb634"svc-monitor(êËóÃÊ3r

nfsdrunningÔ Á(
Z
$019ca87c-e5f8-7663-a91f-6eb8cf1da7e5"svc-monitor(øËóÃÊ3r

smbdrunningöµ Á(
L
$019ca87c-e644-7441-9ddd-c231d8b91d80"disk-monitor(ÄÌóÃÊ3Z2	
sda&
]
$019ca87c-e6b3-7cd7-8851-9c6ee37b6a26"net(³ÍóÃÊ3b%#
	10.0.0.1110.0.0.1«û ½*tcp0
]
$019ca87c-e6c3-7a36-b69d-4b4d742cb946"net(ÃÍóÃÊ3b%#
	10.0.0.1210.0.0.1Ï® ½*tcp0
]
$019ca87c-e70a-77b5-a65e-22eb197ca322"net(ŠÎóÃÊ3b%#
	10.0.0.3710.0.0.1æò ½*tcp0
]
$019ca87c-e716-75cc-bdf8-99951c3a76bf"net(–ÎóÃÊ3b%#
	10.0.0.3710.0.0.1™½ ½*tcp0
]
$019ca87c-e720-7e09-a966-38727b234b26"net( ÎóÃÊ3b%#
	10.0.0.1610.0.0.1æ ½*tcp0
L
$019ca87c-e774-7b5d-a5f5-0119cf50c102"disk-monitor(ôÎóÃÊ3Z2	
sda
L
$019ca87c-e7a5-7c38-8723-c7fd24948fa8"disk-monitor(¥ÏóÃÊ3Z2	
sdd
s
$019ca87c-e7fd-79d9-97ca-22ec984b0d30"auth(ıÏóÃÊ32

session_idsess-594j"
 
davepassword192.168.1.39 
u
$019ca87c-e81d-71db-b431-10520db75df5"zfs-auto-snap(ĞóÃÊ3Z3"1
tank/media@auto-01261
tank/media„îÍ €—ÆÊ(
o
$019ca87c-e842-74d0-bbb9-e6d94ffab854"zfs-auto-snap(ÂĞóÃÊ3Z-"+
tank/media@auto-01253
tank/media„îÍ(
\
$019ca87c-e8bc-7f75-ac73-df3cc55971a0"net(¼ÑóÃÊ3b$"
10.0.0.210.0.0.1›¥ ½*tcp0
L
$019ca87c-e8c4-733e-afdd-9588938d9ad6"disk-monitor(ÄÑóÃÊ3Z2	
sdb&
`
$019ca87c-e92c-7e73-a261-61fd42804d66"svc-monitor(¬ÒóÃÊ3r 

rodent-syncrunningú; Â(
]
$019ca87c-e966-71d7-a89b-78136630f278"net(æÒóÃÊ3b%#
	10.0.0.1410.0.0.1Í÷ ½*tcp0
L
$019ca87c-e984-7211-8c12-0426b60b4d00"disk-monitor(„ÓóÃÊ3Z2	
sdb"
Y
$019ca87c-e9bc-7821-be18-99504c2632ad"svc-monitor(¼ÓóÃÊ3r

sshdrunning¢3 Ã(
t
$019ca87c-e9fd-7837-8551-5cd0f4fdbbe9"auth(ıÓóÃÊ32

session_idsess-595j#
!
alicepassword192.168.1.13 
t
$019ca87c-ea13-7e92-8487-5685c25324a6"auth(“ÔóÃÊ32

session_idsess-596j#
!
alicepassword192.168.1.42 
`
$019ca87c-ea34-70d5-8619-e48cf77fff38"svc-monitor(´ÔóÃÊ3r 

rodent-syncrunningú; Ã(
Y
$019ca87c-ea8f-75e0-9a03-30de74f49d0d"svc-monitor(ÕóÃÊ3r

sshdrunning¢3 Ã(
`
$019ca87c-eac8-7c00-b8e9-da8ead6f7d1e"svc-monitor(ÈÕóÃÊ3r 

rodent-syncrunningú; Ã(
]
$019ca87c-eafc-7619-8d87-e830434e9218"net(üÕóÃÊ3b%#
	10.0.0.1010.0.0.1–Î ½*tcp0
L
$019ca87c-eb39-738e-b70b-5a92e6b604ce"disk-monitor(¹ÖóÃÊ3Z2	
sde
L
$019ca87c-eb90-7267-9d1e-5be19c497f50"disk-monitor(×óÃÊ3Z2	
sdd!
`
$019ca87c-ebd4-74b9-b531-5b64823dc14b"svc-monitor(Ô×óÃÊ3r 

rodent-syncrunningú; Ä(
]
$019ca87c-ebde-7f7c-ad1c-11cffa75eec0"net(Ş×óÃÊ3b%#
	10.0.0.3810.0.0.1ı€ *tcp0
]
$019ca87c-ec58-7a90-bc58-dba2d017710d"net(ØØóÃÊ3b%#
	10.0.0.2810.0.0.1ï— ½*tcp0
Y
$019ca87c-ec8b-71ba-b348-570851a2b1e0"svc-monitor(‹ÙóÃÊ3r

nfsdrunningÔ Ä(
s
$019ca87c-ecee-7d22-bca9-dc097376363c"auth(îÙóÃÊ32

session_idsess-597j"
 
davepassword192.168.1.55 
L
$019ca87c-ed43-77f4-ad1f-a086a024e66a"disk-monitor(ÃÚóÃÊ3Z2	
sde"
L
$019ca87c-eda8-705b-a8de-2d559531ea67"disk-monitor(¨ÛóÃÊ3Z2	
sdb%
L
$019ca87c-edef-758c-a7a6-d10b29b4873a"disk-monitor(ïÛóÃÊ3Z2	
sda#
`
$019ca87c-ee5d-72e3-a591-c474b46b1c22"svc-monitor(İÜóÃÊ3r 

rodent-syncrunningú; Ä(
Y
$019ca87c-ee74-7d31-9313-d0c45e851415"svc-monitor(ôÜóÃÊ3r

sshdrunning¢3 Å(
L
$019ca87c-eeef-728a-b1a9-0bde9f15b039"disk-monitor(ïİóÃÊ3Z2	
sdd 
`
$019ca87c-eef7-7832-9096-d4bf817ab75a"svc-monitor(÷İóÃÊ3r 

rodent-syncrunningú; Å(
]
$019ca87c-ef33-734a-b72d-d97bc70125ee"net(³ŞóÃÊ3b%#
	10.0.0.1410.0.0.1úÛ ½*tcp0
t
$019ca87c-ef89-7c83-b833-95d95409619f"auth(‰ßóÃÊ32

session_idsess-596j#
!
alicepassword192.168.1.15 
s
$019ca87c-efad-78c3-80ca-f1e6ba220357"auth(­ßóÃÊ32

session_idsess-597j"
 
davepassword192.168.1.30 
_
$019ca87c-efcc-7bdd-9cc4-e3a561124c51"net(ÌßóÃÊ3b'%
192.168.1.4410.0.0.1Êÿ *tcp0
L
$019ca87c-efe3-7ede-a18c-76339be57418"disk-monitor(ãßóÃÊ3Z2	
sde'
Y
$019ca87c-f05a-79cb-b04b-dae60434e647"svc-monitor(ÚàóÃÊ3r

sshdrunning¢3 Å(
L
$019ca87c-f0a7-721c-bb1b-7de475a83418"disk-monitor(§áóÃÊ3Z2	
sda%
X
$019ca87c-f0c9-789c-92e9-ebcae95c6b5f"svc-monitor(ÉáóÃÊ3r

zedrunning­0 Æ(
X
$019ca87c-f104-71d6-9e6b-dba5c1e37e75"svc-monitor(„âóÃÊ3r

zedrunning­0 Æ(
`
$019ca87c-f139-7bb0-9830-f013e5b73430"svc-monitor(¹âóÃÊ3r 

rodent-syncrunningú; Æ(
X
$019ca87c-f17f-7b0b-b060-48ab7aef4634"svc-monitor(ÿâóÃÊ3r

zedrunning­0 Æ(
]
$019ca87c-f1c8-75b1-a9f3-598a32848975"net(ÈãóÃÊ3b%#
	10.0.0.1010.0.0.1“º ½*tcp0
L
$019ca87c-f1d0-7386-9ba8-4498856307fe"disk-monitor(ĞãóÃÊ3Z2	
sda 
Y
$019ca87c-f235-7724-beee-b6e2f1a844c7"svc-monitor(µäóÃÊ3r

sshdrunning¢3 Æ(
Y
$019ca87c-f25c-72d7-9d5b-7668b100c379"svc-monitor(ÜäóÃÊ3r

sshdrunning¢3 Æ(
L
$019ca87c-f297-7270-97c6-caa8f54f9bb8"disk-monitor(—åóÃÊ3Z2	
sda&
Y
$019ca87c-f2d7-7b03-97df-0184855989be"svc-monitor(×åóÃÊ3r

nfsdrunningÔ Æ(
`
$019ca87c-f2f8-7300-ba26-a0be34611a8c"svc-monitor(øåóÃÊ3r 

rodent-syncrunningú; Ç(
L
$019ca87c-f34b-7f0b-aa7d-1da9d62e97dd"disk-monitor(ËæóÃÊ3Z2	
sda'
`
$019ca87c-f35e-7488-b766-cc1b735bf2ed"svc-monitor(ŞæóÃÊ3r 

rodent-syncrunningú; Ç(
r
$019ca87c-f3a6-7b73-8193-75e9eb74f34f"auth(¦çóÃÊ32

session_idsess-598j!

bobpassword192.168.1.50 
`
$019ca87c-f3c7-79dc-833d-1365749650dc"svc-monitor(ÇçóÃÊ3r 

rodent-syncrunningú; Ç(
Y
$019ca87c-f420-7e29-a779-19a15e645ba0"svc-monitor( èóÃÊ3r

sshdrunning¢3 Ç(
]
$019ca87c-f45c-719c-bf43-fcd11716287e"net(ÜèóÃÊ3b%#
	10.0.0.3610.0.0.1°µ ½*tcp0
X
$019ca87c-f4d7-7ad5-b3a9-27ac9c31cc8a"svc-monitor(×éóÃÊ3r

zedrunning­0 Ç(
r
$019ca87c-f544-7772-a53c-d54ce7a64eb8"auth(ÄêóÃÊ32

session_idsess-598j!

bobpassword192.168.1.20 
]
$019ca87c-f552-7a87-a101-340c9234a4c4"net(ÒêóÃÊ3b%#
	10.0.0.1510.0.0.1ÍÃ *tcp0
\
$019ca87c-f59b-78bc-a3dc-ab9c420beb20"net(›ëóÃÊ3b$"
10.0.0.210.0.0.1¶È ½*tcp0
]
$019ca87c-f5fc-7617-9487-0bfc73b8f3df"net(üëóÃÊ3b%#
	10.0.0.3610.0.0.1ò¿ ½*tcp0
L
$019ca87c-f669-74a5-856a-08dbc71a547d"disk-monitor(éìóÃÊ3Z2	
sda'
_
$019ca87c-f6bd-7117-9d17-dc98796053e4"net(½íóÃÊ3b'%
192.168.1.1510.0.0.1“¾ *tcp0
t
$019ca87c-f6fe-784c-8b5c-7ec71ebf7415"auth(şíóÃÊ32

session_idsess-599j#
!
carolpassword192.168.1.27 
]
$019ca87c-f74c-7ea4-b9cf-29b70ff29e47"net(ÌîóÃÊ3b%#
	10.0.0.3910.0.0.1†¨ ½*tcp0
]
$019ca87c-f758-773b-8f15-1a9ebcbc5c5a"net(ØîóÃÊ3b%#
	10.0.0.1710.0.0.1‰ô ½*tcp0
]
$019ca87c-f7c0-7d65-957f-52e21d3c72c0"net(ÀïóÃÊ3b%#
	10.0.0.2010.0.0.1¡” ½*tcp0
L
$019ca87c-f809-7704-bddc-1704590e34e6"disk-monitor(‰ğóÃÊ3Z2	
sda#
Z
$019ca87c-f82b-797d-a74b-b6ca2b692c95"svc-monitor(«ğóÃÊ3r

smbdrunningöµ È(
\
$019ca87c-f884-783b-847f-284c8ea2d4b5"net(„ñóÃÊ3b$"
10.0.0.210.0.0.1ãÈ *tcp0
]
$019ca87c-f8e1-7391-9e07-dbe0f0418bf1"net(áñóÃÊ3b%#
	10.0.0.2210.0.0.1¾ ½*tcp0
]
$019ca87c-f90d-731d-85ea-e5d929340b04"net(òóÃÊ3b%#
	10.0.0.3310.0.0.1¶  ½*tcp0
]
$019ca87c-f95d-7ae3-84ee-c32d282725c5"net(İòóÃÊ3b%#
	10.0.0.3710.0.0.1¤¢ ½*tcp0
L
$019ca87c-f9b6-74dd-8068-0d214032773f"disk-monitor(¶óóÃÊ3Z2	
sde$
]
$019ca87c-fa01-7f2c-824c-6d0911adcc93"net(ôóÃÊ3b%#
	10.0.0.3010.0.0.1Ê¹ *tcp0
Y
$019ca87c-fa0e-7799-aed5-c9d36beb91d1"svc-monitor(ôóÃÊ3r

nfsdrunningÔ É(
Z
$019ca87c-fa3e-7ae6-a270-d034bb5e279d"svc-monitor(¾ôóÃÊ3r

smbdrunningöµ É(
L
$019ca87c-fab0-77c2-956c-f311abbae4e1"disk-monitor(°õóÃÊ3Z2	
sdd 
\
$019ca87c-fab5-729b-95f2-3b66a1ef516b"net(µõóÃÊ3b$"
10.0.0.710.0.0.1˜ *tcp0
Z
$019ca87c-fae6-77de-81ce-61b2ee240e00"svc-monitor(æõóÃÊ3r

smbdrunningöµ Ê(
X
$019ca87c-fb0d-7999-833f-95c863a1588e"svc-monitor(öóÃÊ3r

zedrunning­0 Ê(
t
$019ca87c-fb27-73bf-868b-eaa389386a26"auth(§öóÃÊ32

session_idsess-599j#
!
carolpassword192.168.1.54 
]
$019ca87c-fb8a-7e30-b585-696bbf3c9334"net(Š÷óÃÊ3b%#
	10.0.0.3510.0.0.1šì *tcp0
t
$019ca87c-fbe4-73b9-bd68-1c1f8e8d32ab"auth(ä÷óÃÊ32

session_idsess-600j#
!
alicepassword192.168.1.50 
X
$019ca87c-fc5c-7afc-8ec4-1bf7b89b8e79"svc-monitor(ÜøóÃÊ3r

zedrunning­0 Ê(
t
$019ca87c-fc99-70c6-b470-a27dbc4d80b9"auth(™ùóÃÊ32

session_idsess-600j#
!
alicepassword192.168.1.53 
t
$019ca87c-fcb5-7606-9887-4b575119fd06"auth(µùóÃÊ32

session_idsess-601j#
!
alicepassword192.168.1.46 
t
$019ca87c-fd25-74cf-87b4-4f88149b4c6b"auth(¥úóÃÊ32

session_idsess-601j#
!
alicepassword192.168.1.36 
L
$019ca87c-fd61-7036-a837-1abb5fe14552"disk-monitor(áúóÃÊ3Z2	
sde'
Y
$019ca87c-fd9c-75c7-babf-22cdd534a3d8"svc-monitor(œûóÃÊ3r

nfsdrunningÔ Ë(
]
$019ca87c-fdbc-780a-9e2d-62b8f79a0ef8"net(¼ûóÃÊ3b%#
	10.0.0.3710.0.0.1³Ó *tcp0
_
$019ca87c-fdd9-7d7f-894e-154376044f87"net(ÙûóÃÊ3b'%
192.168.1.2810.0.0.1¬ü *tcp0
r
$019ca87c-fdf5-70e0-adcf-f816176ce8ae"auth(õûóÃÊ32

session_idsess-602j!

bobpassword192.168.1.40 
Z
$019ca87c-fe0d-7451-8faf-89be9d43e4f1"auth(üóÃÊ3j!

bobpassword192.168.1.44 
Y
$019ca87c-fe61-7ef8-8076-12525db8ddb8"svc-monitor(áüóÃÊ3r

sshdrunning¢3 Ë(
s
$019ca87c-fea6-7779-96ee-200462fa69be"zfs-auto-snap(¦ıóÃÊ3Z1"/
tank/home@auto-01262	tank/home‰îÍ ÀÍÍ²(
m
$019ca87c-ff12-709e-a17b-000c8bdc36b6"zfs-auto-snap(’şóÃÊ3Z+")
tank/home@auto-01251	tank/home‰îÍ(
L
$019ca87c-ff76-7a2b-9ed4-d467672f69a7"disk-monitor(öşóÃÊ3Z2	
sde$
r
$019ca87c-ff8f-7fdb-acac-d2aca8299568"auth(ÿóÃÊ32

session_idsess-602j!

bobpassword192.168.1.38 
`
$019ca87c-fffe-7950-b4f5-86d797f7b4fd"svc-monitor(şÿóÃÊ3r 

rodent-syncrunningú; Ì(
Z
$019ca87d-000e-7a64-a3c4-da71c1827b5c"svc-monitor(€ôÃÊ3r

smbdrunningöµ Ì(
L
$019ca87d-004f-7760-aec7-cc24fca40e08"disk-monitor(Ï€ôÃÊ3Z2	
sde'
Y
$019ca87d-00c9-7153-b4d7-f275d7915b8d"svc-monitor(ÉôÃÊ3r

sshdrunning¢3 Ì(
Z
$019ca87d-0124-7fff-ad83-a11a1fe89942"svc-monitor(¤‚ôÃÊ3r

smbdrunningöµ Ì(
\
$019ca87d-0182-761b-a5a0-012d90c7ea54"net(‚ƒôÃÊ3b$"
10.0.0.310.0.0.1êÆ *tcp0
Z
$019ca87d-01e7-7eeb-b333-9cb4fee27cd9"svc-monitor(çƒôÃÊ3r

smbdrunningöµ Ì(
Y
$019ca87d-01ec-7b5c-b95e-f078e1a0b3e8"svc-monitor(ìƒôÃÊ3r

nfsdrunningÔ Ì(
Y
$019ca87d-024d-78dd-b5f1-bc56d92e9d28"svc-monitor(Í„ôÃÊ3r

nfsdrunningÔ Ì(
r
$019ca87d-0264-773d-97a2-8d53476148a2"zfs-auto-snap(ä„ôÃÊ3Z0".
tank/home@auto-01263	tank/homeŠîÍ €©¼(
m
$019ca87d-02d0-70dd-8fb1-baccd27d96bc"zfs-auto-snap(Ğ…ôÃÊ3Z+")
tank/home@auto-01254	tank/homeŠîÍ(
Y
$019ca87d-0341-7b3b-9e6f-17882921a929"svc-monitor(Á†ôÃÊ3r

nfsdrunningÔ Í(
\
$019ca87d-0377-7129-accc-6fe2f7ce8a6a"net(÷†ôÃÊ3b$"
10.0.0.410.0.0.1À¹ ½*tcp0
L
$019ca87d-038e-7c2f-9a6a-92b71656c345"disk-monitor(‡ôÃÊ3Z2	
sdd"
L
$019ca87d-03ba-7f6c-9d1b-ca418f406c62"disk-monitor(º‡ôÃÊ3Z2	
sdd#
L
$019ca87d-0428-7f2c-a354-262f97007935"disk-monitor(¨ˆôÃÊ3Z2	
sdb#
Y
$019ca87d-045c-735d-9a3e-a1d3a5d3df83"svc-monitor(ÜˆôÃÊ3r

sshdrunning¢3 Í(
]
$019ca87d-048b-7026-ae8c-793a2168f4f3"net(‹‰ôÃÊ3b%#
	10.0.0.3810.0.0.1°Ê ½*tcp0
L
$019ca87d-04b2-7aa6-a03c-b0bd0ce98998"disk-monitor(²‰ôÃÊ3Z2	
sdb&
]
$019ca87d-04d0-71d6-a608-215fbe731e03"net(Ğ‰ôÃÊ3b%#
	10.0.0.2210.0.0.1€ *tcp0
Y
$019ca87d-0540-72ae-965a-76d42fbf7d5f"svc-monitor(ÀŠôÃÊ3r

nfsdrunningÔ Î(
Y
$019ca87d-05b5-7a7e-a97f-09a271036eae"svc-monitor(µ‹ôÃÊ3r

nfsdrunningÔ Î(
X
$019ca87d-05f1-7b3d-acd1-48b0468fbf39"svc-monitor(ñ‹ôÃÊ3r

zedrunning­0 Î(
L
$019ca87d-060a-720d-a281-cf1ea178fcb2"disk-monitor(ŠŒôÃÊ3Z2	
sda$
s
$019ca87d-0611-7bba-92a8-8bf8610c0b01"auth(‘ŒôÃÊ32

session_idsess-603j"
 
davepassword192.168.1.48 
]
$019ca87d-062a-752e-b958-1f2da4af0ad6"net(ªŒôÃÊ3b%#
	10.0.0.3210.0.0.1ÍÀ ½*tcp0
X
$019ca87d-0654-76d3-bd75-28e0fe7f0b88"svc-monitor(ÔŒôÃÊ3r

zedrunning­0 Î(
]
$019ca87d-066f-733a-90c1-3a64ce5adba4"net(ïŒôÃÊ3b%#
	10.0.0.2310.0.0.1œŸ *tcp0
]
$019ca87d-0689-7cd6-b618-e8172d5e8102"net(‰ôÃÊ3b%#
	10.0.0.3510.0.0.1èï ½*tcp0
\
$019ca87d-06a8-76ad-a092-c1f6b283537f"net(¨ôÃÊ3b$"
10.0.0.910.0.0.1ÑØ *tcp0
Z
$019ca87d-06cb-771e-b00a-6fb24fdeaca7"svc-monitor(ËôÃÊ3r

smbdrunningöµ Ï(
L
$019ca87d-070f-74b7-9577-b01dbeef71eb"disk-monitor(ôÃÊ3Z2	
sdb"
`
$019ca87d-073d-7f12-8e86-9268ea0d5d04"svc-monitor(½ôÃÊ3r 

rodent-syncrunningú; Ï(
Z
$019ca87d-078e-7dbc-b2d8-900cedfd481c"svc-monitor(ôÃÊ3r

smbdrunningöµ Ï(
L
$019ca87d-07e2-7c35-adfb-127a2d5aa107"disk-monitor(âôÃÊ3Z2	
sdd"
]
$019ca87d-0800-7167-bfb4-09aeb239b832"net(€ôÃÊ3b%#
	10.0.0.2410.0.0.1”¹ *tcp0
L
$019ca87d-0854-7a92-83b7-4025679cdea9"disk-monitor(ÔôÃÊ3Z2	
sdb#
]
$019ca87d-0878-75e6-9c46-f7269b9dac6e"net(øôÃÊ3b%#
	10.0.0.3210.0.0.1Š¿ *tcp0
]
$019ca87d-08ab-712b-b298-830204107e03"net(«‘ôÃÊ3b%#
	10.0.0.4010.0.0.1ğÄ *tcp0
s
$019ca87d-0915-7616-9f9c-e849f8925ee0"auth(•’ôÃÊ32

session_idsess-603j"
 
davepassword192.168.1.44 •’ôÃÊ3$019ca87b-03c5-7af1-8b57-8fa65d38a8b1