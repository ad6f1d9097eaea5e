
i
$019ca87b-0881-7311-8d55-a0ab408c8248"zfs-auto-snap(‘ìÃÊ3Z'"%
tank/vm@auto-01135tank/vm‰íÍ(
i
$019ca87b-08ec-78de-8568-4e890ad948aa"zfs-auto-snap(ì‘ìÃÊ3Z'"%
tank/vm@auto-01136tank/vm‰íÍ(
i
$019ca87b-0951-73a4-aefd-d902fd3f7e6a"zfs-auto-snap(Ñ’ìÃÊ3Z'"%
tank/vm@auto-01138tank/vm‰íÍ(
i
$019ca87b-09c4-786f-ab47-1b76eb83d3bf"zfs-auto-snap(Ä“ìÃÊ3Z'"%
tank/vm@auto-01147tank/vm‰íÍ(
e
$019ca87b-0a19-7c8d-8200-b9439f4740e4"zfs(™”ìÃÊ3Z-+
tank/vmtank
filesystem"/mnt/tank/vm0
W
$019ca87b-0a94-732b-9e5f-149debb19662"zfs(”•ìÃÊ3Z
tank/vmtank
filesystem0
t
$019ca87b-0a9d-74a8-a0e7-5d67892735b3"auth(•ìÃÊ32

session_idsess-525j#
!
carolpassword192.168.1.53 
L
$019ca87b-0afb-7522-9320-041687de50e6"disk-monitor(û•ìÃÊ3Z2	
sdd
u
$019ca87b-0b03-7198-ae42-63f56b193fbd"zfs-auto-snap(ƒ–ìÃÊ3Z3"1
tank/media@auto-01149
tank/media‰íÍ €ªÄš
(
o
$019ca87b-0b64-7e23-87a2-d3797d6448fb"zfs-auto-snap(ä–ìÃÊ3Z-"+
tank/media@auto-01137
tank/media‰íÍ(
L
$019ca87b-0bd2-70fe-9489-7559cd89192e"disk-monitor(Ò—ìÃÊ3Z2	
sdd$
r
$019ca87b-0c1c-7cb2-ae8a-cdccdc544855"auth(œ˜ìÃÊ32

session_idsess-526j!

bobpassword192.168.1.14 
]
$019ca87b-0c5a-7aa2-9821-68ca8484f482"net(Ú˜ìÃÊ3b%#
	10.0.0.2710.0.0.1ù÷ ½*tcp0
X
$019ca87b-0c91-7434-8ef9-29d64bb4ba5f"svc-monitor(‘™ìÃÊ3r

zedrunning­0 ‰(
]
$019ca87b-0cc4-7650-8e9e-819598794a7f"net(Ä™ìÃÊ3b%#
	10.0.0.1210.0.0.1ğÁ ½*tcp0
L
$019ca87b-0d29-7af1-be9a-0544ad9df741"disk-monitor(©šìÃÊ3Z2	
sdb'
L
$019ca87b-0d33-74af-8eff-4a57116378ec"disk-monitor(³šìÃÊ3Z2	
sdb!
s
$019ca87b-0d89-707a-a6cb-c5f37c8b88c5"auth(‰›ìÃÊ32

session_idsess-527j"
 
davepassword192.168.1.30 
]
$019ca87b-0dd2-7b02-bb90-b4ad6eb958c5"net(Ò›ìÃÊ3b%#
	10.0.0.2010.0.0.1ÌÆ ½*tcp0
t
$019ca87b-0e0a-7a15-90c0-2979dc755ca3"auth(ŠœìÃÊ32

session_idsess-525j#
!
carolpassword192.168.1.45 
r
$019ca87b-0e43-721c-a4b6-254dbf1cc69b"zfs-auto-snap(ÃœìÃÊ3Z0".
tank/home@auto-01150	tank/homeŠíÍ À‡¾)(
m
$019ca87b-0ea0-7bbf-a133-00c1fbb02a06"zfs-auto-snap( ìÃÊ3Z+")
tank/home@auto-01114	tank/homeŠíÍ(
r
$019ca87b-0f0e-7bda-8eed-07a2c253a0da"auth(ìÃÊ32

session_idsess-526j!

bobpassword192.168.1.57 
L
$019ca87b-0f67-783a-868f-025f06141a8b"disk-monitor(çìÃÊ3Z2	
sdb
]
$019ca87b-0fb5-7f08-a26f-a6c7a3acc4a0"net(µŸìÃÊ3b%#
	10.0.0.3910.0.0.1†Ï ½*tcp0
L
$019ca87b-1024-72be-9756-61dcbcf2a1fa"disk-monitor(¤ ìÃÊ3Z2	
sdb 
s
$019ca87b-1060-71ef-b8f3-c97ea587cfca"auth(à ìÃÊ32

session_idsess-527j"
 
davepassword192.168.1.50 
X
$019ca87b-109f-7700-82ea-070d8c908b36"svc-monitor(Ÿ¡ìÃÊ3r

zedrunning­0 Š(
Y
$019ca87b-110d-71ad-80b9-370ab4e3425a"svc-monitor(¢ìÃÊ3r

sshdrunning¢3 Š(
]
$019ca87b-1154-7bce-9a1e-23c44927425f"net(Ô¢ìÃÊ3b%#
	10.0.0.3410.0.0.1ò÷ *tcp0
Z
$019ca87b-1181-7cd8-a164-cf4d2494684a"svc-monitor(£ìÃÊ3r

smbdrunning›Á ‹(
`
$019ca87b-11da-73cb-8a6f-3e0463052034"svc-monitor(Ú£ìÃÊ3r 

rodent-syncrunningú; ‹(
L
$019ca87b-1238-7c33-bacc-92fcadc2acb2"disk-monitor(¸¤ìÃÊ3Z2	
sdb!
Y
$019ca87b-1255-7a2b-b544-bfb495a962c6"svc-monitor(Õ¤ìÃÊ3r

nfsdrunningÔ ‹(
]
$019ca87b-12a6-7d16-bd0c-8efa33d3e822"net(¦¥ìÃÊ3b%#
	10.0.0.2310.0.0.1«Å ½*tcp0
]
$019ca87b-12c6-711f-96a1-9c3ffe35acba"net(Æ¥ìÃÊ3b%#
	10.0.0.2610.0.0.1ÜÕ *tcp0
L
$019ca87b-12f8-7817-9b8e-30fc86e499bb"disk-monitor(ø¥ìÃÊ3Z2	
sda&
L
$019ca87b-12fd-72d8-a2d2-e8b77160d26d"disk-monitor(ı¥ìÃÊ3Z2	
sdb"
]
$019ca87b-1304-7a72-b773-4985f852179e"net(„¦ìÃÊ3b%#
	10.0.0.2010.0.0.1¢Š ½*tcp0
]
$019ca87b-1309-7eb9-b5d6-53d95d0e5648"net(‰¦ìÃÊ3b%#
	10.0.0.1310.0.0.1±Û ½*tcp0
L
$019ca87b-135c-76df-8b4b-26ad71242db5"disk-monitor(Ü¦ìÃÊ3Z2	
sde&
]
$019ca87b-1362-7bb3-a704-f984b234c2d8"net(â¦ìÃÊ3b%#
	10.0.0.3010.0.0.1õÈ *tcp0
L
$019ca87b-137f-73f7-9b3c-ba73871b3a58"disk-monitor(ÿ¦ìÃÊ3Z2	
sda#
s
$019ca87b-13f1-7e7b-b531-d54884e82e96"auth(ñ§ìÃÊ32

session_idsess-528j"
 
davepassword192.168.1.59 
Z
$019ca87b-1442-7921-a648-44b1c45d5cb1"svc-monitor(Â¨ìÃÊ3r

smbdrunning›Á Œ(
]
$019ca87b-1491-72e2-962c-28f0eeadc6cd"net(‘©ìÃÊ3b%#
	10.0.0.3610.0.0.1ìë ½*tcp0
L
$019ca87b-149c-7551-915e-c03e1465ba90"disk-monitor(œ©ìÃÊ3Z2	
sdb$
L
$019ca87b-14b7-77db-870a-c24759ed9dd9"disk-monitor(·©ìÃÊ3Z2	
sde&
L
$019ca87b-14e2-7159-9d6e-d8c9b900298b"disk-monitor(â©ìÃÊ3Z2	
sda
L
$019ca87b-155a-7c79-94a1-a10b40f4cb9d"disk-monitor(ÚªìÃÊ3Z2	
sdb#
L
$019ca87b-156c-7ff6-8e39-ae340d326715"disk-monitor(ìªìÃÊ3Z2	
sda"
L
$019ca87b-15cb-7777-a60d-5d11e89788f1"disk-monitor(Ë«ìÃÊ3Z2	
sdd 
Y
$019ca87b-15fb-7278-a887-cfa30d207c04"svc-monitor(û«ìÃÊ3r

sshdrunning¢3 (
]
$019ca87b-1649-7487-a10f-00c0308c4f29"net(É¬ìÃÊ3b%#
	10.0.0.3410.0.0.1”¼ ½*tcp0
u
$019ca87b-1660-757c-9fd7-7119f8293503"zfs-auto-snap(à¬ìÃÊ3Z3"1
tank/media@auto-01151
tank/mediaŒíÍ ÀŸ…È	(
o
$019ca87b-167c-7d37-878f-aedae3435da8"zfs-auto-snap(ü¬ìÃÊ3Z-"+
tank/media@auto-01143
tank/mediaŒíÍ(
}
$019ca87b-16cc-7003-afde-30be7ad42df8"zfs-auto-snap(Ì­ìÃÊ3Z;"9
backup/archive@auto-01152backup/archiveŒíÍ €Ûä(
w
$019ca87b-1701-70e3-9fc8-b2c9d51ba967"zfs-auto-snap(®ìÃÊ3Z5"3
backup/archive@auto-01141backup/archiveíÍ(
Y
$019ca87b-1741-756c-a7cd-265d010118b3"svc-monitor(Á®ìÃÊ3r

nfsdrunningÔ (
s
$019ca87b-1796-7610-8ef0-f6348f3bb986"auth(–¯ìÃÊ32

session_idsess-528j"
 
davepassword192.168.1.33 
\
$019ca87b-1805-7a3f-9973-b105b7ca2167"net(…°ìÃÊ3b$"
10.0.0.910.0.0.1şï ½*tcp0
s
$019ca87b-187c-735e-a662-01a06db64079"zfs-auto-snap(ü°ìÃÊ3Z1"/
tank/home@auto-01153	tank/homeíÍ ÀË•®(
m
$019ca87b-18c4-7552-9725-07d896b07d74"zfs-auto-snap(Ä±ìÃÊ3Z+")
tank/home@auto-01115	tank/homeíÍ(
\
$019ca87b-1900-74e4-b569-66723989438d"net(€²ìÃÊ3b$"
10.0.0.210.0.0.1ªÖ *tcp0
\
$019ca87b-195c-7ccc-9c15-7c02025d05e2"auth(Ü²ìÃÊ3j#
!
alicepassword192.168.1.12 
L
$019ca87b-1976-760d-8f08-f838c726a344"disk-monitor(ö²ìÃÊ3Z2	
sda&
L
$019ca87b-19c8-7ac9-8fda-aef4272173c5"disk-monitor(È³ìÃÊ3Z2	
sdb
]
$019ca87b-1a23-7451-bccb-ac41a05062ee"net(£´ìÃÊ3b%#
	10.0.0.1410.0.0.1¢Ì *tcp0
Z
$019ca87b-1a37-7113-be4a-4b6700273f0e"svc-monitor(·´ìÃÊ3r

smbdrunning›Á (
]
$019ca87b-1a6e-7006-8963-0e5030093341"net(î´ìÃÊ3b%#
	10.0.0.3210.0.0.1ä ½*tcp0
]
$019ca87b-1ae6-793c-be6e-716cf1ddd609"net(æµìÃÊ3b%#
	10.0.0.1710.0.0.1ÉÃ *tcp0
L
$019ca87b-1afe-7d77-9696-40d233e7d4f6"disk-monitor(şµìÃÊ3Z2	
sde&
Y
$019ca87b-1b23-759f-92df-0f817dec9dd1"svc-monitor(£¶ìÃÊ3r

nfsdrunningÔ (
L
$019ca87b-1b99-7304-8f17-a57cf0d1adbd"disk-monitor(™·ìÃÊ3Z2	
sde 
`
$019ca87b-1ba9-77c2-b218-7fa3d9191eac"svc-monitor(©·ìÃÊ3r 

rodent-syncrunningú; (
L
$019ca87b-1beb-74f9-82d2-451215fee94a"disk-monitor(ë·ìÃÊ3Z2	
sdb'
}
$019ca87b-1c62-7744-b3f5-28c360a7a305"zfs-auto-snap(â¸ìÃÊ3Z;"9
backup/archive@auto-01154backup/archiveíÍ €æ™ø	(
w
$019ca87b-1c6e-7618-acd1-05dd8bb2fc8d"zfs-auto-snap(î¸ìÃÊ3Z5"3
backup/archive@auto-01142backup/archiveíÍ(
Z
$019ca87b-1cb4-7909-a276-d6ed78afc896"svc-monitor(´¹ìÃÊ3r

smbdrunning›Á (
]
$019ca87b-1ced-796a-bea9-524b56f4c344"net(í¹ìÃÊ3b%#
	10.0.0.1710.0.0.1ïŸ *tcp0
_
$019ca87b-1d2c-77b3-ad5d-b69abfb3ddd3"net(¬ºìÃÊ3b'%
192.168.1.1410.0.0.1î÷ *tcp0
X
$019ca87b-1d74-79ec-836b-3b5aca2e7bc5"svc-monitor(ôºìÃÊ3r

zedrunning­0 (
L
$019ca87b-1dd9-7641-b675-f58ae4ed700a"disk-monitor(Ù»ìÃÊ3Z2	
sdd
Z
$019ca87b-1deb-746e-abaf-9af1c02d4abf"svc-monitor(ë»ìÃÊ3r

smbdrunning›Á (
\
$019ca87b-1dfa-7838-949b-1b50134b8936"net(ú»ìÃÊ3b$"
10.0.0.410.0.0.1“• ½*tcp0
]
$019ca87b-1e6a-7942-b6bc-ba6cb039a894"net(ê¼ìÃÊ3b%#
	10.0.0.2210.0.0.1„¢ ½*tcp0
L
$019ca87b-1ea7-73aa-9e7b-8f01b684395b"disk-monitor(§½ìÃÊ3Z2	
sdb
L
$019ca87b-1f00-7c93-8f5f-526d3ccc4c87"disk-monitor(€¾ìÃÊ3Z2	
sdb
`
$019ca87b-1f08-730d-bbc5-5ee1fe3a66fa"svc-monitor(ˆ¾ìÃÊ3r 

rodent-syncrunningú; (
t
$019ca87b-1f6b-7e82-9506-1790c46c332c"auth(ë¾ìÃÊ32

session_idsess-529j#
!
carolpassword192.168.1.41 
Y
$019ca87b-1fe5-7b50-a89d-28687c185264"svc-monitor(å¿ìÃÊ3r

nfsdrunningÔ ‘(
Y
$019ca87b-2038-7ede-8404-719124574fe2"svc-monitor(¸ÀìÃÊ3r

nfsdrunningÔ ‘(
X
$019ca87b-20a6-7f2f-84c0-efb1807a9ab1"svc-monitor(¦ÁìÃÊ3r

zedrunning­0 ‘(
\
$019ca87b-20ec-781e-9a0f-02416d5a79db"net(ìÁìÃÊ3b$"
10.0.0.610.0.0.1¤è *tcp0
Y
$019ca87b-2101-7b68-be15-5153f007338a"svc-monitor(ÂìÃÊ3r

sshdrunning¢3 ‘(
]
$019ca87b-2116-7da3-aab8-f556fe1bf559"net(–ÂìÃÊ3b%#
	10.0.0.3110.0.0.1÷‹ *tcp0
\
$019ca87b-214a-7df7-9b1d-9459389b5dc4"net(ÊÂìÃÊ3b$"
10.0.0.410.0.0.1­» ½*tcp0
Y
$019ca87b-21a0-77a5-9b80-59a428d567ac"svc-monitor( ÃìÃÊ3r

sshdrunning¢3 ‘(
]
$019ca87b-220b-7fa4-8d01-dae9b58c55b0"net(‹ÄìÃÊ3b%#
	10.0.0.2110.0.0.1¾ *tcp0
L
$019ca87b-2216-7bee-a12f-7eb43fca9302"disk-monitor(–ÄìÃÊ3Z2	
sda$
`
$019ca87b-2253-7bf1-a2a9-9d0834463553"svc-monitor(ÓÄìÃÊ3r 

rodent-syncrunningú; ’(
]
$019ca87b-22a1-7439-804e-2291933cc70b"net(¡ÅìÃÊ3b%#
	10.0.0.2110.0.0.1ø *tcp0
L
$019ca87b-22a6-7657-91c9-06043d2707b9"disk-monitor(¦ÅìÃÊ3Z2	
sda
Z
$019ca87b-22b7-7a51-ae0c-0a6b92239911"svc-monitor(·ÅìÃÊ3r

smbdrunning›Á ’(
s
$019ca87b-22de-787c-8a63-a99e7e81abc2"zfs-auto-snap(ŞÅìÃÊ3Z1"/
tank/home@auto-01155	tank/homeíÍ €ˆîß(
m
$019ca87b-231c-7ed7-85d3-46e2e76c493d"zfs-auto-snap(œÆìÃÊ3Z+")
tank/home@auto-01131	tank/homeíÍ(
t
$019ca87b-2369-7f28-8747-3494f796d0f2"auth(éÆìÃÊ32

session_idsess-529j#
!
carolpassword192.168.1.35 
L
$019ca87b-23c7-71e3-8622-19ef8335270d"disk-monitor(ÇÇìÃÊ3Z2	
sdd
_
$019ca87b-2417-7708-a70b-9a149ca1263d"net(—ÈìÃÊ3b'%
192.168.1.1210.0.0.1½ *tcp0
\
$019ca87b-244d-7a3a-a763-c6b1c423605a"net(ÍÈìÃÊ3b$"
10.0.0.510.0.0.1é• *tcp0
Y
$019ca87b-2466-7be4-b89c-7b985eb8cbbe"svc-monitor(æÈìÃÊ3r

sshdrunning¢3 “(
]
$019ca87b-246e-74a9-bfe4-73119276b76b"net(îÈìÃÊ3b%#
	10.0.0.3710.0.0.1´ª ½*tcp0
L
$019ca87b-2498-73f5-a4d8-207c7f28cd67"disk-monitor(˜ÉìÃÊ3Z2	
sda
Z
$019ca87b-24b6-73c8-9992-a73e557b5f0f"svc-monitor(¶ÉìÃÊ3r

smbdrunning›Á “(
Y
$019ca87b-2509-744d-827f-e7e76a0c981e"svc-monitor(‰ÊìÃÊ3r

sshdrunning¢3 “(
Y
$019ca87b-2558-7345-b9f6-72efb460c1a8"svc-monitor(ØÊìÃÊ3r

nfsdrunningÔ “(
L
$019ca87b-25a6-7b94-8c30-6dc0481acb78"disk-monitor(¦ËìÃÊ3Z2	
sde!
]
$019ca87b-2612-7004-9bb5-00504ae29849"net(’ÌìÃÊ3b%#
	10.0.0.1010.0.0.1öÁ ½*tcp0
L
$019ca87b-2680-71a8-8f18-e7062bc79fb4"disk-monitor(€ÍìÃÊ3Z2	
sdd!
Y
$019ca87b-268d-719e-bcfe-75a123ed5a7f"svc-monitor(ÍìÃÊ3r

sshdrunning¢3 “(
_
$019ca87b-26a0-7dd8-bc55-aad75bf6e117"net( ÍìÃÊ3b'%
192.168.1.1510.0.0.1¯È *tcp0
Y
$019ca87b-26eb-7383-9b9f-2f508060c918"svc-monitor(ëÍìÃÊ3r

sshdrunning¢3 ”(
X
$019ca87b-2718-799d-8355-5951ba470d0b"svc-monitor(˜ÎìÃÊ3r

zedrunning­0 ”(
L
$019ca87b-2732-717d-9fac-e716b8aa6a70"disk-monitor(²ÎìÃÊ3Z2	
sdb"
L
$019ca87b-276c-7650-a1b2-195b8cfbbcab"disk-monitor(ìÎìÃÊ3Z2	
sdd 
`
$019ca87b-277f-7663-b9b1-d57a20d3577e"svc-monitor(ÿÎìÃÊ3r 

rodent-syncrunningú; ”(
s
$019ca87b-27d0-7582-9652-6b99b70e1ea2"auth(ĞÏìÃÊ32

session_idsess-530j"
 
davepassword192.168.1.18 
L
$019ca87b-27d6-76b2-9c41-36d96e4f1e10"disk-monitor(ÖÏìÃÊ3Z2	
sde$
L
$019ca87b-2835-769a-84ab-6f8c731d607b"disk-monitor(µĞìÃÊ3Z2	
sde'
X
$019ca87b-28a1-72ed-8ece-c3119ac9c056"svc-monitor(¡ÑìÃÊ3r

zedrunning­0 ”(
]
$019ca87b-28e5-76a3-9cf6-ce70e704f6b7"net(åÑìÃÊ3b%#
	10.0.0.3210.0.0.1Â¸ *tcp0
}
$019ca87b-2907-76cc-a15f-7a3365f8d49d"zfs-auto-snap(‡ÒìÃÊ3Z;"9
backup/archive@auto-01156backup/archive‘íÍ À£¢³(
w
$019ca87b-2921-7052-82d2-861625ed2874"zfs-auto-snap(¡ÒìÃÊ3Z5"3
backup/archive@auto-01144backup/archive‘íÍ(
Z
$019ca87b-294a-70dd-80d5-afd78a638555"svc-monitor(ÊÒìÃÊ3r

smbdrunning›Á •(
X
$019ca87b-29af-79f1-9e17-a5707b72d143"svc-monitor(¯ÓìÃÊ3r

zedrunning­0 •(
s
$019ca87b-29d8-78c1-a969-fd9572611796"auth(ØÓìÃÊ32

session_idsess-530j"
 
davepassword192.168.1.42 
L
$019ca87b-2a16-704c-b88b-9f1f00042ce8"disk-monitor(–ÔìÃÊ3Z2	
sdb&
L
$019ca87b-2a2f-7bbe-8b0c-46ef27634e32"disk-monitor(¯ÔìÃÊ3Z2	
sda"
L
$019ca87b-2a68-72df-8d01-b391fca27a10"disk-monitor(èÔìÃÊ3Z2	
sda
Z
$019ca87b-2a81-73ef-b954-212457652a71"svc-monitor(ÕìÃÊ3r

smbdrunning›Á •(
_
$019ca87b-2ace-729e-9d5a-2d910d1abd7d"net(ÎÕìÃÊ3b'%
192.168.1.4510.0.0.1áÈ *tcp0
]
$019ca87b-2b00-7ac7-aed9-ada4aad63c58"net(€ÖìÃÊ3b%#
	10.0.0.3910.0.0.1¯à ½*tcp0
_
$019ca87b-2b0e-7a55-9742-b121f5e274d8"net(ÖìÃÊ3b'%
192.168.1.2410.0.0.1í± *tcp0
u
$019ca87b-2b52-7bdc-bcdf-21f2bae1bd20"zfs-auto-snap(ÒÖìÃÊ3Z3"1
tank/media@auto-01157
tank/media’íÍ Àì©ë	(
o
$019ca87b-2ba5-7684-8443-e3f1bf56169a"zfs-auto-snap(¥×ìÃÊ3Z-"+
tank/media@auto-01145
tank/media’íÍ(
`
$019ca87b-2c21-76ce-83af-277bfd975834"svc-monitor(¡ØìÃÊ3r 

rodent-syncrunningú; –(
]
$019ca87b-2c35-7c95-afb5-ea414ec9a81d"net(µØìÃÊ3b%#
	10.0.0.2710.0.0.1¨Ã ½*tcp0
Y
$019ca87b-2c94-71c1-ad8d-3bcdab657a81"svc-monitor(”ÙìÃÊ3r

nfsdrunningÔ –(
\
$019ca87b-2d07-743c-84a4-fe65c2de2ced"auth(‡ÚìÃÊ3j#
!
carolpassword192.168.1.36 
L
$019ca87b-2d82-7593-a252-c63d7d6ab8c5"disk-monitor(‚ÛìÃÊ3Z2	
sdd
L
$019ca87b-2daa-71d0-8b3d-9be895ae0438"disk-monitor(ªÛìÃÊ3Z2	
sda$
]
$019ca87b-2e0a-797a-92fe-0e5d51a24b44"net(ŠÜìÃÊ3b%#
	10.0.0.1110.0.0.1ÑÒ ½*tcp0
}
$019ca87b-2e4d-74fa-844a-32b30a8c317d"zfs-auto-snap(ÍÜìÃÊ3Z;"9
backup/archive@auto-01158backup/archive’íÍ €·®¤(
w
$019ca87b-2e87-74f6-9d07-90a79ed2e745"zfs-auto-snap(‡İìÃÊ3Z5"3
backup/archive@auto-01148backup/archive“íÍ(
`
$019ca87b-2ecf-77e5-bc21-b911db9c448b"svc-monitor(ÏİìÃÊ3r 

rodent-syncrunningú; —(
]
$019ca87b-2efc-7540-83c9-e94bb696e797"net(üİìÃÊ3b%#
	10.0.0.1310.0.0.1ş¾ ½*tcp0
L
$019ca87b-2f17-77fc-8923-da381537c4ff"disk-monitor(—ŞìÃÊ3Z2	
sda"
_
$019ca87b-2f2c-7864-82a5-5c47a7f93d3f"net(¬ŞìÃÊ3b'%
192.168.1.3410.0.0.1Õ *tcp0
Z
$019ca87b-2fa4-78b5-84ae-cf7d15203559"svc-monitor(¤ßìÃÊ3r

smbdrunning›Á —(
_
$019ca87b-3001-710a-9bf4-7556e07636f1"net(àìÃÊ3b'%
192.168.1.4910.0.0.1ùÜ *tcp0
s
$019ca87b-3045-7687-ade2-37176dbddd06"zfs-auto-snap(ÅàìÃÊ3Z1"/
tank/home@auto-01159	tank/home“íÍ ÀÎÕ­(
m
$019ca87b-30a4-7381-82b7-57bdddb2a1bf"zfs-auto-snap(¤áìÃÊ3Z+")
tank/home@auto-01133	tank/home“íÍ(
\
$019ca87b-30ec-73e5-ba25-eb7d582dd0c4"net(ìáìÃÊ3b$"
10.0.0.710.0.0.1´¢ ½*tcp0
Y
$019ca87b-310c-7aa7-a0e3-864478051f1a"svc-monitor(ŒâìÃÊ3r

sshdrunning¢3 ˜(
L
$019ca87b-315e-78da-b938-ef4a66095a7e"disk-monitor(ŞâìÃÊ3Z2	
sdb%
t
$019ca87b-318e-7095-a862-0523b817ac00"auth(ãìÃÊ32

session_idsess-531j#
!
carolpassword192.168.1.23 
}
$019ca87b-31d3-7c67-941f-3efea2d2ac79"zfs-auto-snap(ÓãìÃÊ3Z;"9
backup/archive@auto-01160backup/archive“íÍ €×”«(
w
$019ca87b-321e-7a9b-93cc-d9a3cb93e957"zfs-auto-snap(äìÃÊ3Z5"3
backup/archive@auto-01152backup/archive“íÍ(
t
$019ca87b-3249-78aa-b4a0-5f0dc5e255de"auth(ÉäìÃÊ32

session_idsess-532j#
!
carolpassword192.168.1.37 
]
$019ca87b-325d-72fd-95c4-c5a8e72b039e"net(İäìÃÊ3b%#
	10.0.0.2010.0.0.1Ù— ½*tcp0
\
$019ca87b-328b-74b3-bef1-f32b8e30aa4f"net(‹åìÃÊ3b$"
10.0.0.610.0.0.1çÁ *tcp0
\
$019ca87b-32d1-7c32-afe8-4377c85c08ee"net(ÑåìÃÊ3b$"
10.0.0.810.0.0.1†Û ½*tcp0
]
$019ca87b-330b-7e33-a94f-da71b8d34b23"net(‹æìÃÊ3b%#
	10.0.0.3410.0.0.1ó¿ ½*tcp0
Y
$019ca87b-3331-7008-bfbf-4c4c2a416098"svc-monitor(±æìÃÊ3r

sshdrunning¢3 ™(
]
$019ca87b-33a8-7a9a-9f20-df0d87a4ac64"net(¨çìÃÊ3b%#
	10.0.0.1310.0.0.1Üˆ *tcp0
Z
$019ca87b-33f7-793e-a011-85cd3a4f7b7e"svc-monitor(÷çìÃÊ3r

smbdrunning›Á ™(
Z
$019ca87b-3439-728e-9d63-4d479a9da603"svc-monitor(¹èìÃÊ3r

smbdrunning›Á ™(
L
$019ca87b-3475-7f82-91b0-86326c56082b"disk-monitor(õèìÃÊ3Z2	
sda 
]
$019ca87b-34a1-7894-9101-36e693b6f5c3"net(¡éìÃÊ3b%#
	10.0.0.4110.0.0.1óÛ ½*tcp0
\
$019ca87b-34cd-7cc7-98fc-b7e3f61afa9a"net(ÍéìÃÊ3b$"
10.0.0.710.0.0.1î„ ½*tcp0
L
$019ca87b-351c-73c5-b37b-2d3317c541e9"disk-monitor(œêìÃÊ3Z2	
sdd'
L
$019ca87b-353c-71ff-987e-7dea4d6ca05a"disk-monitor(¼êìÃÊ3Z2	
sdd$
]
$019ca87b-3591-7fff-91f0-aa63a074ec2a"net(‘ëìÃÊ3b%#
	10.0.0.2110.0.0.1‰• *tcp0
u
$019ca87b-3599-7836-9f12-00a9d5fbe0cd"zfs-auto-snap(™ëìÃÊ3Z3"1
tank/media@auto-01161
tank/media”íÍ ÀµÕ‹(
o
$019ca87b-3612-78b9-8d43-6fad1dd3eb9e"zfs-auto-snap(’ììÃÊ3Z-"+
tank/media@auto-01146
tank/media”íÍ(
Z
$019ca87b-3629-70e4-a1c9-d5d82832203b"svc-monitor(©ììÃÊ3r

smbdrunning›Á š(
L
$019ca87b-3679-760f-aec8-c64cf7d32ce4"disk-monitor(ùììÃÊ3Z2	
sdd#
Z
$019ca87b-36d8-7c59-8a52-90cc3dab0748"svc-monitor(ØíìÃÊ3r

smbdrunning›Á š(
\
$019ca87b-3730-7119-bbf3-be46a1562352"net(°îìÃÊ3b$"
10.0.0.710.0.0.1ì© *tcp0
X
$019ca87b-3795-74a2-a0c0-b756492e7c5a"svc-monitor(•ïìÃÊ3r

zedrunning­0 š(
L
$019ca87b-37a7-7b6d-ae3f-45becb75bf8b"disk-monitor(§ïìÃÊ3Z2	
sdb%
Y
$019ca87b-3802-7fe2-8b46-933e89668732"svc-monitor(‚ğìÃÊ3r

sshdrunning¢3 ›(
]
$019ca87b-387c-79c3-9cff-6da8b4399108"net(üğìÃÊ3b%#
	10.0.0.1610.0.0.1±Ğ ½*tcp0
Y
$019ca87b-38f6-731d-9b8b-8ac838686f55"svc-monitor(öñìÃÊ3r

nfsdrunningÔ ›(
t
$019ca87b-3926-7c18-bead-fc4fec1cf932"auth(¦òìÃÊ32

session_idsess-531j#
!
carolpassword192.168.1.14 
L
$019ca87b-393d-7c27-9a42-45d07dae6da4"disk-monitor(½òìÃÊ3Z2	
sdd!
X
$019ca87b-3990-7490-92f9-d8c4e8085b5c"svc-monitor(óìÃÊ3r

zedrunning­0 ›(
]
$019ca87b-39c1-7d79-bdff-78b1bc2d06e4"net(ÁóìÃÊ3b%#
	10.0.0.4010.0.0.1É¬ ½*tcp0
]
$019ca87b-3a2a-72e4-bf77-5309ad70b2ba"net(ªôìÃÊ3b%#
	10.0.0.3710.0.0.1êŒ *tcp0
X
$019ca87b-3a73-7d8b-8035-93b7604207d9"svc-monitor(óôìÃÊ3r

zedrunning­0 ›(
Z
$019ca87b-3ab0-769e-b7d2-8bc05c721cfa"svc-monitor(°õìÃÊ3r

smbdrunning›Á œ(
X
$019ca87b-3b04-752f-b6ea-7bb78e83adac"svc-monitor(„öìÃÊ3r

zedrunning­0 œ(
L
$019ca87b-3b43-77f2-aec9-a02dc6a544ac"disk-monitor(ÃöìÃÊ3Z2	
sda"
L
$019ca87b-3b58-7690-a99b-04dda5450025"disk-monitor(ØöìÃÊ3Z2	
sde&
X
$019ca87b-3b63-71d2-ad3e-363db992e567"svc-monitor(ãöìÃÊ3r

zedrunning­0 œ(
s
$019ca87b-3bd7-76d4-b112-35abd5d2e251"zfs-auto-snap(×÷ìÃÊ3Z1"/
tank/home@auto-01162	tank/home–íÍ ÀÄ÷™(
m
$019ca87b-3c24-76f6-b9ec-c6762b250ca8"zfs-auto-snap(¤øìÃÊ3Z+")
tank/home@auto-01150	tank/home–íÍ(
Y
$019ca87b-3c5d-71eb-9e5f-33e1a09b23db"svc-monitor(İøìÃÊ3r

sshdrunning¢3 œ(
L
$019ca87b-3c6a-798c-9cdb-6b059111d5d9"disk-monitor(êøìÃÊ3Z2	
sde!
L
$019ca87b-3ca2-7389-a655-2341f3a39e0f"disk-monitor(¢ùìÃÊ3Z2	
sda&
L
$019ca87b-3cdc-75b7-a0e4-b56ad21490bb"disk-monitor(ÜùìÃÊ3Z2	
sdb&
s
$019ca87b-3d06-7988-9186-e3c1e48ed9b3"zfs-auto-snap(†úìÃÊ3Z1"/
tank/home@auto-01163	tank/home–íÍ À©¶ù
(
m
$019ca87b-3d6f-76df-97f4-33d40c604cb4"zfs-auto-snap(ïúìÃÊ3Z+")
tank/home@auto-01153	tank/home–íÍ(
Y
$019ca87b-3dbc-7790-90c3-3f4345e33043"svc-monitor(¼ûìÃÊ3r

sshdrunning¢3 (
L
$019ca87b-3dec-76af-bf16-4086279fe025"disk-monitor(ìûìÃÊ3Z2	
sdb%
L
$019ca87b-3e19-7001-ba9f-e6d1b4a456ed"disk-monitor(™üìÃÊ3Z2	
sde&
Y
$019ca87b-3e5f-7ff5-9f86-3af299d1b680"svc-monitor(ßüìÃÊ3r

sshdrunning¢3 (
Y
$019ca87b-3ebb-7397-ae68-5572fb5c9567"svc-monitor(»ıìÃÊ3r

nfsdrunningÔ (
L
$019ca87b-3eff-77c2-ba77-830eb4a90569"disk-monitor(ÿıìÃÊ3Z2	
sdb%
t
$019ca87b-3f34-742a-b3c6-117549e46913"auth(´şìÃÊ32

session_idsess-533j#
!
alicepassword192.168.1.44 
r
$019ca87b-3fa4-749c-8c03-be3ab8ab19b9"auth(¤ÿìÃÊ32

session_idsess-534j!

bobpassword192.168.1.18 
X
$019ca87b-3fb5-7c84-a2b9-cabbf64f3a46"svc-monitor(µÿìÃÊ3r

zedrunning­0 (
L
$019ca87b-4017-7912-945a-c8519944e312"disk-monitor(—€íÃÊ3Z2	
sdb&
L
$019ca87b-407c-7c22-9041-99b0847f7960"disk-monitor(ü€íÃÊ3Z2	
sde 
]
$019ca87b-40b0-7cde-95a1-9ca45ab6e4c0"net(°íÃÊ3b%#
	10.0.0.3210.0.0.1¦æ ½*tcp0
Z
$019ca87b-40c8-7612-8793-d734893b5abf"svc-monitor(ÈíÃÊ3r

smbdrunning›Á (
L
$019ca87b-4111-77df-8b64-3ecd5ceb7284"disk-monitor(‘‚íÃÊ3Z2	
sda"
]
$019ca87b-411b-7eaf-8f49-8648c4d69b48"net(›‚íÃÊ3b%#
	10.0.0.2710.0.0.1‰Ó *tcp0
]
$019ca87b-413e-7194-a519-af667bfdabde"net(¾‚íÃÊ3b%#
	10.0.0.2110.0.0.1ŸÆ ½*tcp0
L
$019ca87b-417a-7de7-91f2-36eca2fac7aa"disk-monitor(ú‚íÃÊ3Z2	
sdb%
]
$019ca87b-41a5-752d-87e5-5a3091e5a9df"net(¥ƒíÃÊ3b%#
	10.0.0.3210.0.0.1  ½*tcp0
]
$019ca87b-41fd-7553-9806-2ec2c0f22fad"net(ıƒíÃÊ3b%#
	10.0.0.2810.0.0.1àÌ *tcp0
L
$019ca87b-4205-730a-9f53-81888800ba6d"disk-monitor(…„íÃÊ3Z2	
sde'
t
$019ca87b-424e-774a-bc8b-eccfb136c8a5"auth(Î„íÃÊ32

session_idsess-532j#
!
carolpassword192.168.1.31 
]
$019ca87b-42c5-7852-8334-d5a9f9ad7e12"net(Å…íÃÊ3b%#
	10.0.0.2610.0.0.1‹ô ½*tcp0
X
$019ca87b-42fe-729a-acad-df13750f1e3b"svc-monitor(ş…íÃÊ3r

zedrunning­0 Ÿ(
`
$019ca87b-4306-745e-8d81-d8acf8962a5b"svc-monitor(††íÃÊ3r 

rodent-syncrunningú; Ÿ(
L
$019ca87b-4318-72b5-9ffa-4822eea040b2"disk-monitor(˜†íÃÊ3Z2	
sdb
t
$019ca87b-433e-7e80-8cd0-70cfade23c61"auth(¾†íÃÊ32

session_idsess-533j#
!
alicepassword192.168.1.27 
s
$019ca87b-434b-7861-a77f-082b02f9e58f"zfs-auto-snap(Ë†íÃÊ3Z1"/
tank/home@auto-01164	tank/home˜íÍ ÀíÅ­(
m
$019ca87b-438b-7a0d-b4c3-c0a3d1028257"zfs-auto-snap(‹‡íÃÊ3Z+")
tank/home@auto-01155	tank/home˜íÍ(
`
$019ca87b-4396-7bd0-bc1a-ca24a0fe0fb9"svc-monitor(–‡íÃÊ3r 

rodent-syncrunningú;  (
Y
$019ca87b-43ec-7a25-b095-a953485d9bc6"svc-monitor(ì‡íÃÊ3r

sshdrunning¢3  (
L
$019ca87b-4468-748f-a96c-96ca82d8d9bb"disk-monitor(èˆíÃÊ3Z2	
sdd
]
$019ca87b-44d8-76da-86a1-0270873af18e"net(Ø‰íÃÊ3b%#
	10.0.0.3610.0.0.1È *tcp0
`
$019ca87b-44fb-785e-8864-4bd98e7d0937"svc-monitor(û‰íÃÊ3r 

rodent-syncrunningú;  (
`
$019ca87b-4504-7cda-991d-dbff58a5b901"svc-monitor(„ŠíÃÊ3r 

rodent-syncrunningú;  (
t
$019ca87b-4569-7d6d-a746-6d3866d6bd01"auth(éŠíÃÊ32

session_idsess-535j#
!
alicepassword192.168.1.54 
L
$019ca87b-459a-7581-9b2a-f3905b3f6236"disk-monitor(š‹íÃÊ3Z2	
sdb
]
$019ca87b-45d2-7b46-9f9e-8ce241787121"net(Ò‹íÃÊ3b%#
	10.0.0.2010.0.0.1Îß ½*tcp0
Z
$019ca87b-464a-7ce4-848c-1294257a63f0"svc-monitor(ÊŒíÃÊ3r

smbdrunning›Á ¡(
Y
$019ca87b-46ad-7d7e-851e-e7c7de45de6b"svc-monitor(­íÃÊ3r

nfsdrunningÔ ¡(
r
$019ca87b-46d8-757d-9a9b-d19f8fda0044"zfs-auto-snap(ØíÃÊ3Z0".
tank/home@auto-01165	tank/home™íÍ ÀØˆ2(
m
$019ca87b-46e3-78f1-ac4a-cd377b76c807"zfs-auto-snap(ãíÃÊ3Z+")
tank/home@auto-01159	tank/home™íÍ(
L
$019ca87b-472b-7d48-a450-3a675a0829ab"disk-monitor(«íÃÊ3Z2	
sda"
Y
$019ca87b-4750-7ef1-8b53-161f250c51c2"svc-monitor(ĞíÃÊ3r

sshdrunning¢3 ¡(
]
$019ca87b-47a7-7403-a31e-a86d1ec02ee8"net(§íÃÊ3b%#
	10.0.0.3010.0.0.1Ò *tcp0
`
$019ca87b-47dd-70d0-9658-1d9d316dacd6"svc-monitor(İíÃÊ3r 

rodent-syncrunningú; ¡(
u
$019ca87b-481e-7729-b26c-985fc1086077"zfs-auto-snap(íÃÊ3Z3"1
tank/media@auto-01166
tank/media™íÍ €›õ©(
o
$019ca87b-4871-7a5e-b730-a6619f4484d5"zfs-auto-snap(ñíÃÊ3Z-"+
tank/media@auto-01149
tank/media™íÍ(
}
$019ca87b-48d7-74da-b5cd-9723b976cb32"zfs-auto-snap(×‘íÃÊ3Z;"9
backup/archive@auto-01167backup/archive™íÍ €ÉÆ(
w
$019ca87b-4931-71f0-a28d-7735880b0daf"zfs-auto-snap(±’íÃÊ3Z5"3
backup/archive@auto-01154backup/archive™íÍ(
L
$019ca87b-4938-76dd-a2e3-40a316541058"disk-monitor(¸’íÃÊ3Z2	
sde#
Y
$019ca87b-4954-7c4b-8a74-2e0f903fc50d"svc-monitor(Ô’íÃÊ3r

nfsdrunningÔ ¢(
L
$019ca87b-49c1-7cd2-9874-303269330835"disk-monitor(Á“íÃÊ3Z2	
sdd 
Y
$019ca87b-49e0-7bd3-bd84-06f9036a66b5"svc-monitor(à“íÃÊ3r

nfsdrunningÔ ¢(
u
$019ca87b-4a0e-7392-b10b-6268215d43f2"zfs-auto-snap(”íÃÊ3Z3"1
tank/media@auto-01168
tank/mediašíÍ €®™µ(
o
$019ca87b-4a4b-7e4f-a64f-493e9485687d"zfs-auto-snap(Ë”íÃÊ3Z-"+
tank/media@auto-01151
tank/mediašíÍ(
L
$019ca87b-4aba-71ae-bbda-d00551b344d3"disk-monitor(º•íÃÊ3Z2	
sdb"
L
$019ca87b-4b11-7f1c-a529-0bffa3f694cb"disk-monitor(‘–íÃÊ3Z2	
sdb%
\
$019ca87b-4b7b-7892-bd69-54291f44a63e"net(û–íÃÊ3b$"
10.0.0.210.0.0.1µ ½*tcp0
s
$019ca87b-4bf1-7631-b376-fd3e6a545ce0"auth(ñ—íÃÊ32

session_idsess-536j"
 
davepassword192.168.1.13 
r
$019ca87b-4c43-7e52-a00c-862e53da5ba2"auth(Ã˜íÃÊ32

session_idsess-534j!

bobpassword192.168.1.32 
t
$019ca87b-4c98-7a4b-920f-3d602990a816"auth(˜™íÃÊ32

session_idsess-537j#
!
alicepassword192.168.1.18 
}
$019ca87b-4cee-7160-8815-b53af8c8eaa3"zfs-auto-snap(î™íÃÊ3Z;"9
backup/archive@auto-01169backup/archivešíÍ Àÿ€(
w
$019ca87b-4d31-72fe-aa8c-d68538773884"zfs-auto-snap(±šíÃÊ3Z5"3
backup/archive@auto-01156backup/archivešíÍ(
`
$019ca87b-4d9f-7a4a-ae21-466f40bfae0b"svc-monitor(Ÿ›íÃÊ3r 

rodent-syncrunningú; £(
]
$019ca87b-4e09-70ad-b2f4-a3d0da52fba4"net(‰œíÃÊ3b%#
	10.0.0.3910.0.0.1óá *tcp0
]
$019ca87b-4e12-76ae-bba7-56256abc261e"net(’œíÃÊ3b%#
	10.0.0.3410.0.0.1­µ *tcp0
\
$019ca87b-4e72-7565-9818-ead2a6f6238b"net(òœíÃÊ3b$"
10.0.0.410.0.0.1œĞ ½*tcp0
]
$019ca87b-4e9a-73cf-a9c3-cd066867e3ad"net(šíÃÊ3b%#
	10.0.0.1410.0.0.1¹Ä *tcp0
\
$019ca87b-4eb1-7a61-a17b-27962b650808"net(±íÃÊ3b$"
10.0.0.810.0.0.1—§ *tcp0
]
$019ca87b-4f2b-7eba-8055-c4e79ac0d7e0"net(«íÃÊ3b%#
	10.0.0.3010.0.0.1ûÇ ½*tcp0
t
$019ca87b-4f6b-71dd-84da-cc4110d23e34"auth(ëíÃÊ32

session_idsess-535j#
!
alicepassword192.168.1.53 
s
$019ca87b-4f80-7867-bd77-3b4fbbb8132e"auth(€ŸíÃÊ32

session_idsess-538j"
 
davepassword192.168.1.37 
\
$019ca87b-4f92-7b6c-9414-07f94af2ef06"net(’ŸíÃÊ3b$"
10.0.0.610.0.0.1Ş¶ *tcp0
Y
$019ca87b-4fdc-7cfc-a8c7-fb9223d8772e"svc-monitor(ÜŸíÃÊ3r

nfsdrunningÔ ¤(
\
$019ca87b-5049-7b2d-8311-0593c9cdfb69"net(É íÃÊ3b$"
10.0.0.510.0.0.1 ¼ *tcp0
X
$019ca87b-50ab-74db-83c5-b4e478055277"svc-monitor(«¡íÃÊ3r

zedrunning­0 ¤(
s
$019ca87b-50e8-7c32-9f73-03352273cbdb"auth(è¡íÃÊ32

session_idsess-536j"
 
davepassword192.168.1.18 
t
$019ca87b-5143-740a-b246-2d46dc380e60"auth(Ã¢íÃÊ32

session_idsess-539j#
!
carolpassword192.168.1.18 
]
$019ca87b-5158-7fdd-9c5d-b291b242c12e"net(Ø¢íÃÊ3b%#
	10.0.0.3910.0.0.1´ *tcp0
Y
$019ca87b-51a7-7eb6-a773-19e3a1c1a35e"svc-monitor(§£íÃÊ3r

nfsdrunningÔ ¥(
Y
$019ca87b-520a-7d07-914a-8180d982e3a8"svc-monitor(Š¤íÃÊ3r

nfsdrunningÔ ¥(
L
$019ca87b-5255-77c5-80b5-b5f31cab44b1"disk-monitor(Õ¤íÃÊ3Z2	
sdb&
L
$019ca87b-52c8-7d46-8e3f-fdf340eec44e"disk-monitor(È¥íÃÊ3Z2	
sdd!
u
$019ca87b-5302-75cf-8db3-b4f80231889f"zfs-auto-snap(‚¦íÃÊ3Z3"1
tank/media@auto-01170
tank/mediaœíÍ ÀŠ«‹(
o
$019ca87b-5375-7c85-844b-1178d7b2c1ae"zfs-auto-snap(õ¦íÃÊ3Z-"+
tank/media@auto-01157
tank/mediaœíÍ(
]
$019ca87b-53c0-767e-ab02-c312ada330a8"net(À§íÃÊ3b%#
	10.0.0.3010.0.0.1å— ½*tcp0
Y
$019ca87b-5434-74f1-8a22-ac29e2b5346d"svc-monitor(´¨íÃÊ3r

sshdrunning¢3 ¥(
\
$019ca87b-54af-7dc2-a964-63010e94e1d3"net(¯©íÃÊ3b$"
10.0.0.510.0.0.1Óî ½*tcp0
X
$019ca87b-54eb-73b6-8d22-378c308eaa8a"svc-monitor(ë©íÃÊ3r

zedrunning­0 ¦(
Y
$019ca87b-5539-7946-9659-276da4701d14"svc-monitor(¹ªíÃÊ3r

nfsdrunningÔ ¦(
t
$019ca87b-554f-7fef-89ed-260c19655a03"auth(ÏªíÃÊ32

session_idsess-537j#
!
alicepassword192.168.1.44 
X
$019ca87b-55b2-7814-b276-b782888bab47"svc-monitor(²«íÃÊ3r

zedrunning­0 ¦(
L
$019ca87b-55d3-7af3-bf32-24c540e9ed25"disk-monitor(Ó«íÃÊ3Z2	
sda 
Y
$019ca87b-563f-768f-b64c-0f56d39596bf"svc-monitor(¿¬íÃÊ3r

nfsdrunningÔ ¦(
Y
$019ca87b-5676-731f-b019-2bbe6629cf67"svc-monitor(ö¬íÃÊ3r

sshdrunning¢3 ¦(
Y
$019ca87b-5695-75ee-9b53-5d978c05b727"svc-monitor(•­íÃÊ3r

nfsdrunningÔ ¦(
`
$019ca87b-5707-766b-8128-ad8973caee01"svc-monitor(‡®íÃÊ3r 

rodent-syncrunningú; ¦(
L
$019ca87b-5753-712b-914b-71d3f6ef14e0"disk-monitor(Ó®íÃÊ3Z2	
sdd%
s
$019ca87b-57bb-7b43-bd8d-0c976cc901a5"auth(»¯íÃÊ32

session_idsess-538j"
 
davepassword192.168.1.35 
]
$019ca87b-57ea-77ea-99da-15349e5a066f"net(ê¯íÃÊ3b%#
	10.0.0.1610.0.0.1­Ğ ½*tcp0
Z
$019ca87b-581a-7b7e-9c62-3caededeb134"svc-monitor(š°íÃÊ3r

smbdrunning›Á §(
]
$019ca87b-5875-76fa-8d3a-6fd520f50a5e"net(õ°íÃÊ3b%#
	10.0.0.1110.0.0.1å» *tcp0
u
$019ca87b-58bd-7659-8ab7-0d2914b8ec9f"zfs-auto-snap(½±íÃÊ3Z3"1
tank/media@auto-01171
tank/mediaíÍ Àù¥é(
o
$019ca87b-5918-74b3-b9a2-9e5fa94fe14b"zfs-auto-snap(˜²íÃÊ3Z-"+
tank/media@auto-01161
tank/mediaíÍ(
L
$019ca87b-5924-745f-9422-2034a5ef29ce"disk-monitor(¤²íÃÊ3Z2	
sda#
]
$019ca87b-5936-7ef8-99f2-f98f0fcb0262"net(¶²íÃÊ3b%#
	10.0.0.3910.0.0.1“ê ½*tcp0
L
$019ca87b-597a-79ff-9660-a81250df9756"disk-monitor(ú²íÃÊ3Z2	
sdb%
u
$019ca87b-59f1-79f6-9b46-fdfd98d82701"zfs-auto-snap(ñ³íÃÊ3Z3"1
tank/media@auto-01172
tank/mediaíÍ À·ò¡	(
o
$019ca87b-5a64-75e2-aa70-a5a7895cd256"zfs-auto-snap(ä´íÃÊ3Z-"+
tank/media@auto-01166
tank/mediaíÍ(
X
$019ca87b-5a95-77e1-8013-8567d9640de1"svc-monitor(•µíÃÊ3r

zedrunning­0 ¨(
Y
$019ca87b-5aee-7519-95de-02918cd53380"svc-monitor(îµíÃÊ3r

sshdrunning¢3 ¨(
r
$019ca87b-5b55-7d77-aa75-41df81873f1c"auth(Õ¶íÃÊ32

session_idsess-540j!

bobpassword192.168.1.31 
t
$019ca87b-5b70-7f53-b7d6-ccb8743d83b6"auth(ğ¶íÃÊ32

session_idsess-539j#
!
carolpassword192.168.1.48 
r
$019ca87b-5b96-7f97-acbb-e1f3881442f5"auth(–·íÃÊ32

session_idsess-540j!

bobpassword192.168.1.46 
_
$019ca87b-5be1-76b8-bc16-2630f8d09825"net(á·íÃÊ3b'%
192.168.1.1510.0.0.1ÔÊ *tcp0
]
$019ca87b-5c37-71b3-a3a8-705635ab8dec"net(·¸íÃÊ3b%#
	10.0.0.2710.0.0.1¸¬ ½*tcp0
L
$019ca87b-5cb2-7eae-a5a9-91b0da734033"disk-monitor(²¹íÃÊ3Z2	
sdb$
_
$019ca87b-5cf5-742f-9560-5e55f7a08c75"net(õ¹íÃÊ3b'%
192.168.1.5210.0.0.1ä¸ *tcp0
Y
$019ca87b-5d2d-7f6a-b5ab-e094bcdbd034"svc-monitor(­ºíÃÊ3r

sshdrunning¢3 ©(
}
$019ca87b-5d7c-7844-9481-88793d3ae772"zfs-auto-snap(üºíÃÊ3Z;"9
backup/archive@auto-01173backup/archiveŸíÍ €€™›(
w
$019ca87b-5de9-7e21-b0c6-b0fb77115e26"zfs-auto-snap(é»íÃÊ3Z5"3
backup/archive@auto-01158backup/archiveŸíÍ(
\
$019ca87b-5e13-722c-bf96-55dffa911d3e"net(“¼íÃÊ3b$"
10.0.0.910.0.0.1Ó† ½*tcp0
Y
$019ca87b-5e4c-7893-94e2-d5d5dceab3f6"svc-monitor(Ì¼íÃÊ3r

nfsdrunningÔ ©(
`
$019ca87b-5ea5-78f2-94b1-ceb1056f1591"svc-monitor(¥½íÃÊ3r 

rodent-syncrunningú; ©(
L
$019ca87b-5eb0-7a28-a995-bd84fa2e8161"disk-monitor(°½íÃÊ3Z2	
sdd 
Y
$019ca87b-5ede-7138-9148-faebcb406aaf"svc-monitor(Ş½íÃÊ3r

nfsdrunningÔ ©(
X
$019ca87b-5f31-7a0d-858f-b9002f7bb00e"svc-monitor(±¾íÃÊ3r

zedrunning­0 ©(
L
$019ca87b-5f6c-76b3-acd5-fa7b115fbdc6"disk-monitor(ì¾íÃÊ3Z2	
sde"
_
$019ca87b-5f80-7f6b-8d68-c9ba3929f4da"net(€¿íÃÊ3b'%
192.168.1.4310.0.0.1ŠÃ *tcp0
L
$019ca87b-5f8e-7e6f-8c99-d4a376e9545f"disk-monitor(¿íÃÊ3Z2	
sde
]
$019ca87b-5fa9-79d1-9111-b8a0c62cef7f"net(©¿íÃÊ3b%#
	10.0.0.2310.0.0.1¨Õ ½*tcp0
X
$019ca87b-6002-715e-ba3a-21beee6702cc"svc-monitor(‚ÀíÃÊ3r

zedrunning­0 ª(
L
$019ca87b-607b-7c47-913b-c1b7b3a7d213"disk-monitor(ûÀíÃÊ3Z2	
sde"
L
$019ca87b-6080-74a8-9e7c-30bec01367b0"disk-monitor(€ÁíÃÊ3Z2	
sde"
s
$019ca87b-60f2-78d4-86a0-b27af686bbfc"zfs-auto-snap(òÁíÃÊ3Z1"/
tank/home@auto-01174	tank/homeŸíÍ €œ¾Î(
m
$019ca87b-610d-7e2f-b97e-9eafa99b3855"zfs-auto-snap(ÂíÃÊ3Z+")
tank/home@auto-01162	tank/homeŸíÍ(
X
$019ca87b-614c-70c0-be02-3dc7f53ea6be"svc-monitor(ÌÂíÃÊ3r

zedrunning­0 ª(
\
$019ca87b-61c2-7391-8708-16520c2a4715"net(ÂÃíÃÊ3b$"
10.0.0.610.0.0.1¨Í *tcp0
L
$019ca87b-61d9-734d-8f61-6ae47a06e944"disk-monitor(ÙÃíÃÊ3Z2	
sde&
X
$019ca87b-6248-73e9-96f0-83fc03289a8e"svc-monitor(ÈÄíÃÊ3r

zedrunning­0 «(
_
$019ca87b-62a0-77df-bc1f-923648e58b22"net( ÅíÃÊ3b'%
192.168.1.2410.0.0.1¥é *tcp0
]
$019ca87b-62d9-7886-bf4e-6dec75f33a7b"net(ÙÅíÃÊ3b%#
	10.0.0.3510.0.0.1ƒ *tcp0
\
$019ca87b-6304-7600-82d7-d2cb519e0ab9"auth(„ÆíÃÊ3j#
!
alicepassword192.168.1.54 
]
$019ca87b-636f-7919-9567-f1f298bea410"net(ïÆíÃÊ3b%#
	10.0.0.4110.0.0.1ó  ½*tcp0
\
$019ca87b-63ce-782c-9665-eafc15350788"net(ÎÇíÃÊ3b$"
10.0.0.610.0.0.1Â¹ ½*tcp0
L
$019ca87b-642b-7a1b-b68d-bc4f2c35a4d4"disk-monitor(«ÈíÃÊ3Z2	
sdd#
Y
$019ca87b-6449-72ea-aa09-01175ff5a194"svc-monitor(ÉÈíÃÊ3r

sshdrunning¢3 «(
]
$019ca87b-64ab-7f00-952b-210af1b67718"net(«ÉíÃÊ3b%#
	10.0.0.3610.0.0.1İÂ *tcp0
t
$019ca87b-64c9-7c11-b578-e11aa0430f47"auth(ÉÉíÃÊ32

session_idsess-541j#
!
carolpassword192.168.1.10 
s
$019ca87b-64f9-7f8f-8909-315f64ed8ddb"auth(ùÉíÃÊ32

session_idsess-542j"
 
davepassword192.168.1.51 
\
$019ca87b-654f-782e-8463-49c84e89b045"auth(ÏÊíÃÊ3j#
!
alicepassword192.168.1.43 
X
$019ca87b-65b7-7901-aa49-62d7774bd2b6"svc-monitor(·ËíÃÊ3r

zedrunning­0 ¬(
\
$019ca87b-65bd-75e2-a6f0-a2fc03da3a8d"auth(½ËíÃÊ3j#
!
alicepassword192.168.1.18 
L
$019ca87b-661b-7c5c-8ee5-e6cd0387da89"disk-monitor(›ÌíÃÊ3Z2	
sdd
L
$019ca87b-6661-72e6-b4fc-a33cf9a9c7a6"disk-monitor(áÌíÃÊ3Z2	
sdb#
Y
$019ca87b-66c9-7ecc-9ca6-2ede81960f61"svc-monitor(ÉÍíÃÊ3r

sshdrunning¢3 ¬(
\
$019ca87b-670f-7239-b5ee-5a991ed0283b"net(ÎíÃÊ3b$"
10.0.0.610.0.0.1‹¼ *tcp0
L
$019ca87b-676b-78d4-8e9c-e775437c6d09"disk-monitor(ëÎíÃÊ3Z2	
sdb&
t
$019ca87b-679d-7f60-ba81-3793f1269898"auth(ÏíÃÊ32

session_idsess-541j#
!
carolpassword192.168.1.32 
Y
$019ca87b-67be-740a-9134-0dd0fe25c7f3"svc-monitor(¾ÏíÃÊ3r

nfsdrunningÔ ­(
L
$019ca87b-67eb-7969-bf9d-1775e2eecdfd"disk-monitor(ëÏíÃÊ3Z2	
sdd$
]
$019ca87b-67fb-7a2f-a4e8-fac5ee890567"net(ûÏíÃÊ3b%#
	10.0.0.4110.0.0.1£ú ½*tcp0
[
$019ca87b-685d-7776-8f15-de7b5fd98b05"auth(İĞíÃÊ3j"
 
davepassword192.168.1.22 
Y
$019ca87b-68ad-7b37-8eb0-25c68ca26414"svc-monitor(­ÑíÃÊ3r

nfsdrunningÔ ­(
`
$019ca87b-68fb-7ecc-a511-ffaa429eeefe"svc-monitor(ûÑíÃÊ3r 

rodent-syncrunningú; ­(
L
$019ca87b-6961-7541-8ad3-b1b6fae6b01d"disk-monitor(áÒíÃÊ3Z2	
sde&
\
$019ca87b-69dd-73c2-a176-7f5c977056ac"net(İÓíÃÊ3b$"
10.0.0.910.0.0.1Ö¾ *tcp0
Y
$019ca87b-6a16-71c0-8400-4211729981e1"svc-monitor(–ÔíÃÊ3r

sshdrunning¢3 ®(
Y
$019ca87b-6a5f-7880-a7b0-3d41b8c8288f"svc-monitor(ßÔíÃÊ3r

nfsdrunningÔ ®(
X
$019ca87b-6a91-79f9-8f4e-6ba77986ff68"svc-monitor(‘ÕíÃÊ3r

zedrunning­0 ®(
X
$019ca87b-6aca-7c26-955f-81454c28c5ac"svc-monitor(ÊÕíÃÊ3r

zedrunning­0 ®(
s
$019ca87b-6b36-7fde-afa0-6656282face5"auth(¶ÖíÃÊ32

session_idsess-542j"
 
davepassword192.168.1.45 
`
$019ca87b-6b4a-73b9-aac3-84090cdda231"svc-monitor(ÊÖíÃÊ3r 

rodent-syncrunningú; ®(
L
$019ca87b-6b51-7414-a7e3-8b3339d3f97b"disk-monitor(ÑÖíÃÊ3Z2	
sdb!
L
$019ca87b-6b83-72fc-9d92-e9805cc2bf6c"disk-monitor(ƒ×íÃÊ3Z2	
sde"
L
$019ca87b-6beb-7edb-842a-16e33fa1bb1d"disk-monitor(ë×íÃÊ3Z2	
sdd&
L
$019ca87b-6c07-7e8e-bdf1-81a702e1c316"disk-monitor(‡ØíÃÊ3Z2	
sdd"
]
$019ca87b-6c4b-7a45-83b3-b510c374bf56"net(ËØíÃÊ3b%#
	10.0.0.1810.0.0.1Õ‚ *tcp0
]
$019ca87b-6c6a-7134-bd2f-18423c4dc46d"net(êØíÃÊ3b%#
	10.0.0.1310.0.0.1Ê÷ *tcp0
L
$019ca87b-6c87-7422-9b47-abc791ffeec7"disk-monitor(‡ÙíÃÊ3Z2	
sdb$
Y
$019ca87b-6cf4-7ff7-9981-196fcd47d9fa"svc-monitor(ôÙíÃÊ3r

sshdrunning¢3 ¯(
Y
$019ca87b-6d23-77e9-a387-1f39e1d380af"svc-monitor(£ÚíÃÊ3r

nfsdrunningÔ ¯(
]
$019ca87b-6d65-7dca-b0e8-52db0808f25e"net(åÚíÃÊ3b%#
	10.0.0.2510.0.0.1™» ½*tcp0
X
$019ca87b-6da7-77f5-9b95-9fa188be8eef"svc-monitor(§ÛíÃÊ3r

zedrunning­0 ¯(
]
$019ca87b-6dd5-7d88-a68b-c94a8926a2b1"net(ÕÛíÃÊ3b%#
	10.0.0.2610.0.0.1®Ğ *tcp0
X
$019ca87b-6e1d-7d3e-b8b1-b304f6c3a944"svc-monitor(ÜíÃÊ3r

zedrunning­0 ¯(
Y
$019ca87b-6e97-7115-b55a-dc8292a5864d"svc-monitor(—İíÃÊ3r

nfsdrunningÔ ¯(
]
$019ca87b-6ef7-735b-95dd-01e572e51f70"net(÷İíÃÊ3b%#
	10.0.0.3710.0.0.1—Ï *tcp0
X
$019ca87b-6f48-7ff6-a54f-f1e435157b82"svc-monitor(ÈŞíÃÊ3r

zedrunning­0 °(
L
$019ca87b-6fa5-79a9-8335-521fbe9a6d59"disk-monitor(¥ßíÃÊ3Z2	
sde%
]
$019ca87b-6fe0-7617-a488-514a4b97fa83"net(àßíÃÊ3b%#
	10.0.0.2010.0.0.1¬Å *tcp0
Y
$019ca87b-700b-772f-9047-28324e3a8fb4"svc-monitor(‹àíÃÊ3r

sshdrunning¢3 °(
s
$019ca87b-7031-733e-a527-7819e07fb79a"zfs-auto-snap(±àíÃÊ3Z1"/
tank/home@auto-01175	tank/home£íÍ €áéÄ(
m
$019ca87b-7042-7201-a336-fc8a30cb33b8"zfs-auto-snap(ÂàíÃÊ3Z+")
tank/home@auto-01163	tank/home£íÍ(
L
$019ca87b-70b8-77f1-bfff-21538cc93b1b"disk-monitor(¸áíÃÊ3Z2	
sde"
_
$019ca87b-711b-774f-bd9f-450a67dbe31c"net(›âíÃÊ3b'%
192.168.1.2910.0.0.1‡Î *tcp0
Z
$019ca87b-7155-7666-9511-576e82cc8208"svc-monitor(ÕâíÃÊ3r

smbdrunning›Á °(
L
$019ca87b-7164-7e46-8ea0-fa29b6f0e6d2"disk-monitor(äâíÃÊ3Z2	
sdd&
Z
$019ca87b-717d-76ab-878d-8c97ca46fc72"svc-monitor(ıâíÃÊ3r

smbdrunning›Á ±(
Z
$019ca87b-71c3-748c-a33c-098f4b393919"auth(ÃãíÃÊ3j!

bobpassword192.168.1.13 
]
$019ca87b-71ca-7bd3-bea6-9431f86b654d"net(ÊãíÃÊ3b%#
	10.0.0.3010.0.0.1µÑ ½*tcp0
s
$019ca87b-7218-7c77-84a6-3f647eeca2d0"zfs-auto-snap(˜äíÃÊ3Z1"/
tank/home@auto-01176	tank/home¤íÍ À¥¢ˆ(
m
$019ca87b-7227-76a4-bd81-a6c8c1689bd6"zfs-auto-snap(§äíÃÊ3Z+")
tank/home@auto-01164	tank/home¤íÍ(
\
$019ca87b-7260-7c1f-9ad3-8e1634ee03c1"net(àäíÃÊ3b$"
10.0.0.310.0.0.1”Ó ½*tcp0
\
$019ca87b-727f-7069-bc68-215154e0d61b"net(ÿäíÃÊ3b$"
10.0.0.910.0.0.1ŒË ½*tcp0
}
$019ca87b-72bb-729a-b58d-6df23a63fa41"zfs-auto-snap(»åíÃÊ3Z;"9
backup/archive@auto-01177backup/archive¤íÍ €Ó‰´(
w
$019ca87b-72d2-7f9a-90d5-082b26b41d63"zfs-auto-snap(ÒåíÃÊ3Z5"3
backup/archive@auto-01160backup/archive¤íÍ(
}
$019ca87b-72e3-76ac-897c-acdb91b534da"zfs-auto-snap(ãåíÃÊ3Z;"9
backup/archive@auto-01178backup/archive¤íÍ €ì„(
w
$019ca87b-731c-7864-b025-cadc3b5be2d2"zfs-auto-snap(œæíÃÊ3Z5"3
backup/archive@auto-01167backup/archive¤íÍ(
L
$019ca87b-7383-7fa7-b266-e58d7e0befbb"disk-monitor(ƒçíÃÊ3Z2	
sda'
L
$019ca87b-73ee-737f-9063-8cfdf9c052d2"disk-monitor(îçíÃÊ3Z2	
sdb!
X
$019ca87b-7466-7600-8e12-fcfbb37f6ea3"svc-monitor(æèíÃÊ3r

zedrunning­0 ²(
_
$019ca87b-74d3-71de-b077-20c44686aece"net(ÓéíÃÊ3b'%
192.168.1.5610.0.0.1Í  *tcp0
Y
$019ca87b-751e-7108-afa1-2b4b2d44b2b6"svc-monitor(êíÃÊ3r

nfsdrunningÔ ²(
}
$019ca87b-752d-7306-9041-7f07202aa4cb"zfs-auto-snap(­êíÃÊ3Z;"9
backup/archive@auto-01179backup/archive¥íÍ À¹Å”	(
w
$019ca87b-7572-77bf-9f11-c4bf960d8491"zfs-auto-snap(òêíÃÊ3Z5"3
backup/archive@auto-01169backup/archive¥íÍ(
Y
$019ca87b-75ce-7fd9-90e7-a99a4692e990"svc-monitor(ÎëíÃÊ3r

sshdrunning¢3 ²(
Y
$019ca87b-7641-714a-ab1e-4f59e7eb3181"svc-monitor(ÁìíÃÊ3r

nfsdrunningÔ ³(
s
$019ca87b-7672-7499-bab4-3b0ee874e1a9"zfs-auto-snap(òìíÃÊ3Z1"/
tank/home@auto-01180	tank/home¥íÍ €Ëì(
m
$019ca87b-76a9-7f1b-a8cd-2a7daba758d9"zfs-auto-snap(©ííÃÊ3Z+")
tank/home@auto-01165	tank/home¥íÍ(
t
$019ca87b-76d5-7532-88ec-e9af0ff0360e"auth(ÕííÃÊ32

session_idsess-543j#
!
alicepassword192.168.1.32 
L
$019ca87b-7743-75ea-bae3-813f99606587"disk-monitor(ÃîíÃÊ3Z2	
sdb 
]
$019ca87b-778a-75df-9922-ac58b95d589a"net(ŠïíÃÊ3b%#
	10.0.0.4010.0.0.1î— ½*tcp0
X
$019ca87b-7793-7ef9-a783-1a72e1178ab8"svc-monitor(“ïíÃÊ3r

zedrunning­0 ³(
`
$019ca87b-77ec-791c-886d-83f847c3417a"svc-monitor(ìïíÃÊ3r 

rodent-syncrunningú; ³(
]
$019ca87b-77f6-7979-b621-83f37b0abd83"net(öïíÃÊ3b%#
	10.0.0.3310.0.0.1õø *tcp0
X
$019ca87b-7871-7ea8-a433-87ecd8b74238"svc-monitor(ñğíÃÊ3r

zedrunning­0 ³(
L
$019ca87b-78c0-742b-99b4-8b500377367f"disk-monitor(ÀñíÃÊ3Z2	
sde
\
$019ca87b-78f9-7f16-8428-96e90d8e567d"net(ùñíÃÊ3b$"
10.0.0.210.0.0.1©Ä ½*tcp0
t
$019ca87b-7931-7aba-9578-c6ce8a8fc592"auth(±òíÃÊ32

session_idsess-543j#
!
alicepassword192.168.1.44 
]
$019ca87b-7964-787b-9cc7-725c0fddfa33"net(äòíÃÊ3b%#
	10.0.0.2210.0.0.1ÔÑ *tcp0
`
$019ca87b-79cc-7811-ad9d-bf46fc89efaa"svc-monitor(ÌóíÃÊ3r 

rodent-syncrunningú; ´(
L
$019ca87b-7a28-70ea-8406-c418c5b9d5a5"disk-monitor(¨ôíÃÊ3Z2	
sde
Y
$019ca87b-7a9c-74aa-ac2b-17d48db7faa8"svc-monitor(œõíÃÊ3r

sshdrunning¢3 ´(
X
$019ca87b-7aeb-7775-b778-5bc759a50639"svc-monitor(ëõíÃÊ3r

zedrunning­0 ´(
]
$019ca87b-7b16-7896-8ccb-117060a9ca07"net(–öíÃÊ3b%#
	10.0.0.2710.0.0.1Œ‚ ½*tcp0
L
$019ca87b-7b7b-721c-a16a-0027fa9e9097"disk-monitor(ûöíÃÊ3Z2	
sda"
Z
$019ca87b-7bd2-77ad-9b36-bde42bb58243"svc-monitor(Ò÷íÃÊ3r

smbdrunning›Á µ(
Z
$019ca87b-7c1c-724d-b828-acee2462b931"svc-monitor(œøíÃÊ3r

smbdrunning›Á µ(
]
$019ca87b-7c61-70df-9239-de465230da86"net(áøíÃÊ3b%#
	10.0.0.1910.0.0.1ëÆ *tcp0
Y
$019ca87b-7c69-73fd-855c-bbe526a907de"svc-monitor(éøíÃÊ3r

sshdrunning¢3 µ(
Y
$019ca87b-7ca7-795c-90d6-44c43006a8b0"svc-monitor(§ùíÃÊ3r

sshdrunning¢3 µ(
Y
$019ca87b-7d1b-7cf7-b347-aea94e49e2da"svc-monitor(›úíÃÊ3r

sshdrunning¢3 µ(
Y
$019ca87b-7d88-7ec7-b075-77013a4a03ec"svc-monitor(ˆûíÃÊ3r

sshdrunning¢3 µ(
r
$019ca87b-7dd4-7f54-8dbf-266f199e13d3"auth(ÔûíÃÊ32

session_idsess-544j!

bobpassword192.168.1.34 
]
$019ca87b-7dda-72d7-b73a-064c986fe32d"net(ÚûíÃÊ3b%#
	10.0.0.2110.0.0.1«Î *tcp0
]
$019ca87b-7e4c-703d-9828-4000b9e979dc"net(ÌüíÃÊ3b%#
	10.0.0.1110.0.0.1´´ *tcp0
X
$019ca87b-7ebf-7739-bba5-9d5646ab1851"svc-monitor(¿ıíÃÊ3r

zedrunning­0 ¶(
]
$019ca87b-7ed4-7f42-a9fb-5585234de504"net(ÔıíÃÊ3b%#
	10.0.0.2910.0.0.1÷Í *tcp0
Y
$019ca87b-7f34-7e65-8205-dc00f9a3503b"svc-monitor(´şíÃÊ3r

sshdrunning¢3 ¶(
L
$019ca87b-7f60-7d02-99b7-ff29882e6b81"disk-monitor(àşíÃÊ3Z2	
sdb&
]
$019ca87b-7fc5-7e8f-8bdf-d897b5a91f42"net(ÅÿíÃÊ3b%#
	10.0.0.2810.0.0.1³÷ ½*tcp0
Y
$019ca87b-7fd5-73d3-93b1-e79fb6cd3dad"svc-monitor(ÕÿíÃÊ3r

nfsdrunningÔ ¶(
Z
$019ca87b-7fe4-7418-ae3f-31ef523fae78"svc-monitor(äÿíÃÊ3r

smbdrunning›Á ¶(
`
$019ca87b-7ff3-7db6-bb19-ba86c8056c64"svc-monitor(óÿíÃÊ3r 

rodent-syncrunningú; ¶(
L
$019ca87b-8042-7681-af3d-5217474ecea6"disk-monitor(Â€îÃÊ3Z2	
sdb$
r
$019ca87b-8092-7b9f-a12c-17344160faee"auth(’îÃÊ32

session_idsess-544j!

bobpassword192.168.1.37 
_
$019ca87b-80e4-7826-af36-2dbc8811f0af"net(äîÃÊ3b'%
192.168.1.2010.0.0.1çµ *tcp0
t
$019ca87b-80fa-7124-9381-beae74fd9f13"auth(úîÃÊ32

session_idsess-545j#
!
alicepassword192.168.1.13 
L
$019ca87b-812e-7874-a14b-0c220ac98ba5"disk-monitor(®‚îÃÊ3Z2	
sde'
\
$019ca87b-818b-70bf-b924-2cec0945cb0f"net(‹ƒîÃÊ3b$"
10.0.0.410.0.0.1§ ½*tcp0
L
$019ca87b-81ec-7b0f-ac47-441c04216a01"disk-monitor(ìƒîÃÊ3Z2	
sdb
Y
$019ca87b-820e-7002-b776-474e71d0b940"svc-monitor(„îÃÊ3r

nfsdrunningÔ ·(
Y
$019ca87b-8239-7d87-b1c1-0088fbf51a25"svc-monitor(¹„îÃÊ3r

nfsdrunningÔ ·(
s
$019ca87b-82b2-785d-882b-7a1b19896e70"zfs-auto-snap(²…îÃÊ3Z1"/
tank/home@auto-01181	tank/home¨íÍ ÀÆîô	(
m
$019ca87b-82c2-778e-8258-2f7df03fbfe0"zfs-auto-snap(Â…îÃÊ3Z+")
tank/home@auto-01174	tank/home¨íÍ(
L
$019ca87b-82d2-706a-b059-8494360e46e5"disk-monitor(Ò…îÃÊ3Z2	
sdb&
t
$019ca87b-82e1-7afc-a7ef-5652fca1b71c"auth(á…îÃÊ32

session_idsess-546j#
!
carolpassword192.168.1.57 
Y
$019ca87b-835c-7b62-98bf-dd31422a4507"svc-monitor(Ü†îÃÊ3r

nfsdrunningÔ ¸(
\
$019ca87b-83cf-7946-8397-506692fe60fb"net(Ï‡îÃÊ3b$"
10.0.0.710.0.0.1›Í ½*tcp0
s
$019ca87b-8405-7487-9f55-8e7040688715"auth(…ˆîÃÊ32

session_idsess-547j"
 
davepassword192.168.1.34 
L
$019ca87b-840b-7f58-8d73-3ca2b4db3cb2"disk-monitor(‹ˆîÃÊ3Z2	
sde"
t
$019ca87b-8462-7a0b-a3ff-36752116a9a3"auth(âˆîÃÊ32

session_idsess-545j#
!
alicepassword192.168.1.46 
`
$019ca87b-846f-7599-abe5-c1b37d4f7e74"svc-monitor(ïˆîÃÊ3r 

rodent-syncrunningú; ¸(
]
$019ca87b-84a7-73a0-8ab8-7fca9765ab3d"net(§‰îÃÊ3b%#
	10.0.0.3410.0.0.1“ù ½*tcp0
L
$019ca87b-8519-7e28-bdde-88043d4120c7"disk-monitor(™ŠîÃÊ3Z2	
sde
L
$019ca87b-854c-7c8b-9497-99980b7786bb"disk-monitor(ÌŠîÃÊ3Z2	
sda&
t
$019ca87b-8567-7bf1-acfb-0b4a549ef802"auth(çŠîÃÊ32

session_idsess-546j#
!
carolpassword192.168.1.39 
L
$019ca87b-85a5-7b1f-b11a-e8c7e52e1dd2"disk-monitor(¥‹îÃÊ3Z2	
sdb#
`
$019ca87b-85f1-7c6e-8481-0f9233deb427"svc-monitor(ñ‹îÃÊ3r 

rodent-syncrunningú; ¹(
L
$019ca87b-8667-7a1e-a3ca-abe492f3cf63"disk-monitor(çŒîÃÊ3Z2	
sdb
t
$019ca87b-86e1-70e6-840b-4eb1ed1bf693"auth(áîÃÊ32

session_idsess-548j#
!
alicepassword192.168.1.13 
]
$019ca87b-8745-709d-a46f-9d2cb7223fbc"net(ÅîÃÊ3b%#
	10.0.0.3410.0.0.1Øø *tcp0
]
$019ca87b-87a2-73e8-9a7e-88e10a5f2083"net(¢îÃÊ3b%#
	10.0.0.1910.0.0.1í‡ *tcp0
L
$019ca87b-87f0-7107-97cb-843679d6bbba"disk-monitor(ğîÃÊ3Z2	
sdb
Z
$019ca87b-8860-7d75-9244-499bba28dabd"svc-monitor(àîÃÊ3r

smbdrunning›Á ¹(
]
$019ca87b-88a0-78dd-a944-4cfbe9914324"net( ‘îÃÊ3b%#
	10.0.0.1610.0.0.1İ¾ ½*tcp0
X
$019ca87b-88e9-77ba-aeb5-6d357fa28d5a"svc-monitor(é‘îÃÊ3r

zedrunning­0 º(
\
$019ca87b-893c-729a-bb64-3b27c3b2d190"net(¼’îÃÊ3b$"
10.0.0.210.0.0.1µÊ *tcp0
L
$019ca87b-897f-7d6e-9bc2-a6416f76e2c0"disk-monitor(ÿ’îÃÊ3Z2	
sdd&
s
$019ca87b-89e2-795f-8f36-14e68f8fcea0"auth(â“îÃÊ32

session_idsess-547j"
 
davepassword192.168.1.33 
t
$019ca87b-8a18-795e-9a46-efc8ec7e96a7"auth(˜”îÃÊ32

session_idsess-549j#
!
alicepassword192.168.1.53 
X
$019ca87b-8a35-7899-ba59-3dcf86187b0c"svc-monitor(µ”îÃÊ3r

zedrunning­0 º(
Y
$019ca87b-8a6a-7d55-86cd-a59c2c40dcb3"svc-monitor(ê”îÃÊ3r

sshdrunning¢3 º(
Z
$019ca87b-8a9d-725c-bf81-ac8768eb6bb5"svc-monitor(•îÃÊ3r

smbdrunning›Á º(
Z
$019ca87b-8adb-7984-942a-f53e29689a1d"svc-monitor(Û•îÃÊ3r

smbdrunning›Á º(
]
$019ca87b-8b1a-7dca-b990-5018002fe65e"net(š–îÃÊ3b%#
	10.0.0.1710.0.0.1ÿÔ *tcp0
L
$019ca87b-8b26-7716-8afa-4a2114e16ec4"disk-monitor(¦–îÃÊ3Z2	
sdb$
Y
$019ca87b-8b82-7f25-9b3f-8ffc9f5730ea"svc-monitor(‚—îÃÊ3r

sshdrunning¢3 »(
\
$019ca87b-8bf2-777f-b7b4-d44e488c1ea7"net(ò—îÃÊ3b$"
10.0.0.710.0.0.1ø£ *tcp0
L
$019ca87b-8c17-727f-a851-81f661b777a5"disk-monitor(—˜îÃÊ3Z2	
sdd
]
$019ca87b-8c76-73a8-85c2-091d3d96abcc"net(ö˜îÃÊ3b%#
	10.0.0.1110.0.0.1åÄ ½*tcp0
]
$019ca87b-8c86-76b2-93e5-9f1432df478e"net(†™îÃÊ3b%#
	10.0.0.2010.0.0.1ò *tcp0
t
$019ca87b-8ce6-7769-b175-040b265080ee"auth(æ™îÃÊ32

session_idsess-548j#
!
alicepassword192.168.1.13 
X
$019ca87b-8d25-7c5f-8294-c4e14630732d"svc-monitor(¥šîÃÊ3r

zedrunning­0 »(
}
$019ca87b-8d86-7120-a2e5-0638b9a10d83"zfs-auto-snap(†›îÃÊ3Z;"9
backup/archive@auto-01182backup/archive«íÍ Àå±’(
w
$019ca87b-8de9-753f-9431-973c6d3a9816"zfs-auto-snap(é›îÃÊ3Z5"3
backup/archive@auto-01173backup/archive«íÍ(
u
$019ca87b-8e12-766d-91ed-fe0f670ec3f0"zfs-auto-snap(’œîÃÊ3Z3"1
tank/media@auto-01183
tank/media«íÍ €¹“‹(
o
$019ca87b-8e7a-781c-983d-ee0b632fa7ba"zfs-auto-snap(úœîÃÊ3Z-"+
tank/media@auto-01168
tank/media«íÍ(
X
$019ca87b-8ebf-721a-96ec-f50ab588b2be"svc-monitor(¿îÃÊ3r

zedrunning­0 ¼(
L
$019ca87b-8f3b-73c8-86ef-3240e61c3a9d"disk-monitor(»îÃÊ3Z2	
sda!
]
$019ca87b-8fae-7818-95c5-be4a82a5b03a"net(®ŸîÃÊ3b%#
	10.0.0.3310.0.0.1­û *tcp0
Z
$019ca87b-901b-7e74-a955-84da0306abfd"svc-monitor(› îÃÊ3r

smbdrunning›Á ¼(
]
$019ca87b-905a-721a-86b0-b8af4ef976cc"net(Ú îÃÊ3b%#
	10.0.0.3610.0.0.1ñş ½*tcp0
]
$019ca87b-9082-79e7-a955-2f8735b6ff19"net(‚¡îÃÊ3b%#
	10.0.0.4010.0.0.1Ø® *tcp0
Y
$019ca87b-90ba-7ba5-9cde-ec80e1b10e9c"svc-monitor(º¡îÃÊ3r

sshdrunning¢3 ¼(
\
$019ca87b-90ed-7587-94e1-e882d423783d"net(í¡îÃÊ3b$"
10.0.0.310.0.0.1›ò *tcp0
t
$019ca87b-9119-7959-9d5e-b16cf4c2c95f"auth(™¢îÃÊ32

session_idsess-549j#
!
alicepassword192.168.1.16 
Z
$019ca87b-9142-7ca3-a513-7f3dc35ced59"svc-monitor(Â¢îÃÊ3r

smbdrunning›Á ½(
\
$019ca87b-91ab-7be0-8da2-1496ac062649"net(«£îÃÊ3b$"
10.0.0.510.0.0.1ü ½*tcp0
L
$019ca87b-9215-78ed-ba10-a4dc5a19f2ab"disk-monitor(•¤îÃÊ3Z2	
sda 
t
$019ca87b-9272-7c4e-a3fb-857fe73ecb29"auth(ò¤îÃÊ32

session_idsess-550j#
!
carolpassword192.168.1.20 
L
$019ca87b-92a0-72fa-9d8d-b8cc05f6d88a"disk-monitor( ¥îÃÊ3Z2	
sdd$
]
$019ca87b-930c-74c3-accd-2f227af49be1"net(Œ¦îÃÊ3b%#
	10.0.0.4110.0.0.1Ó– *tcp0
L
$019ca87b-9314-7f26-a1ed-9d26f2d04f18"disk-monitor(”¦îÃÊ3Z2	
sdd&
L
$019ca87b-931d-7cbc-80d0-b591ac2ceb38"disk-monitor(¦îÃÊ3Z2	
sde"
X
$019ca87b-9393-73c1-8c74-a1b691ed2db2"svc-monitor(“§îÃÊ3r

zedrunning­0 ½(
L
$019ca87b-93a3-77c9-8149-a71a6b0d0f75"disk-monitor(£§îÃÊ3Z2	
sdd"
]
$019ca87b-941e-7efe-9dc4-88bf1809894e"net(¨îÃÊ3b%#
	10.0.0.2910.0.0.1Øü *tcp0
t
$019ca87b-9457-7373-a15c-003ab0508f0d"auth(×¨îÃÊ32

session_idsess-550j#
!
carolpassword192.168.1.19 
Y
$019ca87b-94a5-7682-b720-6cfdad59b768"svc-monitor(¥©îÃÊ3r

sshdrunning¢3 ¾(
]
$019ca87b-950d-7767-b97c-e8c66a26ec70"net(ªîÃÊ3b%#
	10.0.0.1610.0.0.1üõ *tcp0
]
$019ca87b-9512-7c3b-9f84-b236f8c17589"net(’ªîÃÊ3b%#
	10.0.0.2810.0.0.1–Á ½*tcp0
]
$019ca87b-958a-7316-8cc5-be9c981ee5b5"net(Š«îÃÊ3b%#
	10.0.0.3010.0.0.1Ô¸ *tcp0
Y
$019ca87b-95e3-7c3c-b1ec-ba1e8f918e63"svc-monitor(ã«îÃÊ3r

nfsdrunningÔ ¾(
L
$019ca87b-95ec-7528-a632-dc9086c69e9d"disk-monitor(ì«îÃÊ3Z2	
sda!
`
$019ca87b-962a-7646-b815-6653b60e07b4"svc-monitor(ª¬îÃÊ3r 

rodent-syncrunningú; ¾(
L
$019ca87b-9688-7443-a4ea-789196b3fe20"disk-monitor(ˆ­îÃÊ3Z2	
sda#
L
$019ca87b-96e4-7294-89e0-7c166111c023"disk-monitor(ä­îÃÊ3Z2	
sdd$
Y
$019ca87b-96eb-7365-a2b8-d2e1e5c4765f"svc-monitor(ë­îÃÊ3r

sshdrunning¢3 ¿(
L
$019ca87b-9740-7d2e-8fc1-ad9d3e42386c"disk-monitor(À®îÃÊ3Z2	
sda#
_
$019ca87b-97bc-7405-a07b-0df34e0d74d2"net(¼¯îÃÊ3b'%
192.168.1.2910.0.0.1ÎÜ *tcp0
Z
$019ca87b-9825-7443-97ef-c096f1434bdb"svc-monitor(¥°îÃÊ3r

smbdrunning›Á ¿(
X
$019ca87b-9889-760a-a3e5-7699adf1d0fa"svc-monitor(‰±îÃÊ3r

zedrunning­0 ¿(
L
$019ca87b-98f8-74a7-b255-ce19a9443bdb"disk-monitor(ø±îÃÊ3Z2	
sda 
L
$019ca87b-9960-7d00-a183-fde8f8446435"disk-monitor(à²îÃÊ3Z2	
sda%
L
$019ca87b-99c6-7fc6-8059-642ab2b7bca6"disk-monitor(Æ³îÃÊ3Z2	
sdd'
Y
$019ca87b-99df-7c70-b4f2-1943dc570cd1"svc-monitor(ß³îÃÊ3r

nfsdrunningÔ À(
]
$019ca87b-9a58-71bc-b530-7b5eb0d1cd4e"net(Ø´îÃÊ3b%#
	10.0.0.2610.0.0.1÷ ½*tcp0
]
$019ca87b-9ac9-75b0-88cf-648accd67e0e"net(ÉµîÃÊ3b%#
	10.0.0.2010.0.0.1ğ¾ ½*tcp0
]
$019ca87b-9af3-7514-a9cc-4669548527b4"net(óµîÃÊ3b%#
	10.0.0.1610.0.0.1ßĞ *tcp0
L
$019ca87b-9b47-7a50-9e46-7abb2ee885a8"disk-monitor(Ç¶îÃÊ3Z2	
sdb!
]
$019ca87b-9bba-7fc4-b555-27df9ca844f8"net(º·îÃÊ3b%#
	10.0.0.4010.0.0.1”Â *tcp0
\
$019ca87b-9be8-7e24-979b-c13cc964060f"net(è·îÃÊ3b$"
10.0.0.610.0.0.1¥Ç *tcp0
Y
$019ca87b-9c10-79bd-809b-4ae9e56dbf3b"svc-monitor(¸îÃÊ3r

sshdrunning¢3 À(
}
$019ca87b-9c86-7cf5-ab17-ed0e4ee554fb"zfs-auto-snap(†¹îÃÊ3Z;"9
backup/archive@auto-01184backup/archive¯íÍ ÀÌ¦£(
w
$019ca87b-9cec-73b0-bbdb-fee200eae9d2"zfs-auto-snap(ì¹îÃÊ3Z5"3
backup/archive@auto-01177backup/archive¯íÍ(
L
$019ca87b-9d4a-7e92-bbc9-29092aa5ef73"disk-monitor(ÊºîÃÊ3Z2	
sde 
s
$019ca87b-9d92-7931-ba1c-80b8b2c67271"zfs-auto-snap(’»îÃÊ3Z1"/
tank/home@auto-01185	tank/home¯íÍ €ÅÄ‘(
m
$019ca87b-9de4-75f3-93be-782f7e984d0f"zfs-auto-snap(ä»îÃÊ3Z+")
tank/home@auto-01175	tank/home¯íÍ(
s
$019ca87b-9e4e-7682-97ea-92cbcc5ae5c7"zfs-auto-snap(Î¼îÃÊ3Z1"/
tank/home@auto-01186	tank/home¯íÍ À¶…•(
m
$019ca87b-9ec5-7a09-ac10-7eb750654798"zfs-auto-snap(Å½îÃÊ3Z+")
tank/home@auto-01176	tank/home¯íÍ(
]
$019ca87b-9f2b-702f-a388-36a71b718906"net(«¾îÃÊ3b%#
	10.0.0.1010.0.0.1•• ½*tcp0
_
$019ca87b-9f47-7a6c-a441-810041170fea"net(Ç¾îÃÊ3b'%
192.168.1.4110.0.0.1• *tcp0
]
$019ca87b-9f97-7be3-891f-1af0117f57ba"net(—¿îÃÊ3b%#
	10.0.0.2410.0.0.1×Í ½*tcp0
]
$019ca87b-9ff3-7ed2-9f35-6a68d40d8db4"net(ó¿îÃÊ3b%#
	10.0.0.3410.0.0.1¶¨ *tcp0
L
$019ca87b-a06e-7667-a936-06e6175a9a41"disk-monitor(îÀîÃÊ3Z2	
sdd&
Y
$019ca87b-a094-77b3-9b5c-a438f98d324d"svc-monitor(”ÁîÃÊ3r

sshdrunning¢3 Â(
L
$019ca87b-a0f7-7ca5-adaf-1ab910fc967b"disk-monitor(÷ÁîÃÊ3Z2	
sde&
L
$019ca87b-a123-7606-8e4e-7240d2d6f98f"disk-monitor(£ÂîÃÊ3Z2	
sde%
`
$019ca87b-a141-7a9e-8b32-b02b9a2cd601"svc-monitor(ÁÂîÃÊ3r 

rodent-syncrunningú; Â(
L
$019ca87b-a1a7-79c5-b007-e5fb15ee0d4f"disk-monitor(§ÃîÃÊ3Z2	
sdb"
X
$019ca87b-a1bc-7afd-8b0c-e804e526f7b2"svc-monitor(¼ÃîÃÊ3r

zedrunning­0 Â(
s
$019ca87b-a201-7419-8f3d-0e72120fbd2b"zfs-auto-snap(ÄîÃÊ3Z1"/
tank/home@auto-01187	tank/home°íÍ €Ç»ì(
m
$019ca87b-a237-7c28-9c8b-7106ff7862a9"zfs-auto-snap(·ÄîÃÊ3Z+")
tank/home@auto-01180	tank/home°íÍ(
L
$019ca87b-a2b3-7af8-b274-268372296afb"disk-monitor(³ÅîÃÊ3Z2	
sda%
L
$019ca87b-a2e3-7a8f-9b05-cac4f77fcd57"disk-monitor(ãÅîÃÊ3Z2	
sdd
L
$019ca87b-a300-735f-adcb-46ce556326b2"disk-monitor(€ÆîÃÊ3Z2	
sdb#
]
$019ca87b-a30e-7d52-aa06-af4a4a6d4cf0"net(ÆîÃÊ3b%#
	10.0.0.2910.0.0.1Ş¤ *tcp0
L
$019ca87b-a31c-711f-b4c2-feb3e02b9eec"disk-monitor(œÆîÃÊ3Z2	
sdd
]
$019ca87b-a342-704d-bce1-9a9cddfb63b5"net(ÂÆîÃÊ3b%#
	10.0.0.3610.0.0.1¤± ½*tcp0
t
$019ca87b-a399-7729-9d69-f98c1b833ad5"auth(™ÇîÃÊ32

session_idsess-551j#
!
alicepassword192.168.1.11 
Y
$019ca87b-a3ce-7234-9ab2-ebbd38843247"svc-monitor(ÎÇîÃÊ3r

nfsdrunningÔ Ã(
X
$019ca87b-a401-7db6-8b88-a818ef4d6366"svc-monitor(ÈîÃÊ3r

zedrunning­0 Ã(
`
$019ca87b-a425-7b0b-9fef-852b3fd02e5a"svc-monitor(¥ÈîÃÊ3r 

rodent-syncrunningú; Ã(
t
$019ca87b-a481-7965-b2c8-b9569289f77a"auth(ÉîÃÊ32

session_idsess-551j#
!
alicepassword192.168.1.41 
Y
$019ca87b-a4ae-75a1-b031-82f326fdb48d"svc-monitor(®ÉîÃÊ3r

sshdrunning¢3 Ã(
Z
$019ca87b-a4d7-70da-95e2-c3d52753bc73"svc-monitor(×ÉîÃÊ3r

smbdrunning›Á Ä(
L
$019ca87b-a4dc-7214-bf72-50be8eec3da0"disk-monitor(ÜÉîÃÊ3Z2	
sda
Z
$019ca87b-a51e-74e4-8dc3-4915a745ef62"svc-monitor(ÊîÃÊ3r

smbdrunning›Á Ä(
]
$019ca87b-a584-79c7-9851-bde297d460e0"net(„ËîÃÊ3b%#
	10.0.0.3310.0.0.1àš *tcp0
L
$019ca87b-a5a7-7198-8cd3-13306edeb24c"disk-monitor(§ËîÃÊ3Z2	
sdd'
]
$019ca87b-a5c0-78c4-aa43-6f2f0ab9a096"net(ÀËîÃÊ3b%#
	10.0.0.1710.0.0.1í® ½*tcp0
`
$019ca87b-a5e9-7f93-aee5-8eb706df43bb"svc-monitor(éËîÃÊ3r 

rodent-syncrunningú; Ä(
_
$019ca87b-a64e-7e80-88c0-c02fe1dd5943"net(ÎÌîÃÊ3b'%
192.168.1.3610.0.0.1ˆÆ *tcp0
Y
$019ca87b-a6b3-791d-8404-477505d743e1"svc-monitor(³ÍîÃÊ3r

nfsdrunningÔ Ä(
X
$019ca87b-a6b8-746d-95f3-818f6f5a40e1"svc-monitor(¸ÍîÃÊ3r

zedrunning­0 Ä(
Z
$019ca87b-a715-7180-b227-dd6d39e82223"svc-monitor(•ÎîÃÊ3r

smbdrunning›Á Å(
]
$019ca87b-a73a-747a-bb28-6e0cee8cad22"net(ºÎîÃÊ3b%#
	10.0.0.1510.0.0.1¦É ½*tcp0
_
$019ca87b-a79a-7431-be8e-9d98d218e105"net(šÏîÃÊ3b'%
192.168.1.3310.0.0.1î *tcp0
X
$019ca87b-a7b5-75b2-9e8e-ca0627de96cb"svc-monitor(µÏîÃÊ3r

zedrunning­0 Å(
Z
$019ca87b-a7e9-7e5c-adbe-b9a09a8e34f8"svc-monitor(éÏîÃÊ3r

smbdrunning›Á Å(
]
$019ca87b-a815-793f-9c55-482ad807d58a"net(•ĞîÃÊ3b%#
	10.0.0.1210.0.0.1˜é ½*tcp0
]
$019ca87b-a830-7509-802c-537b1dda06b7"net(°ĞîÃÊ3b%#
	10.0.0.3510.0.0.1›É ½*tcp0
X
$019ca87b-a86e-7db6-88f9-8cbe43b7e720"svc-monitor(îĞîÃÊ3r

zedrunning­0 Å(
_
$019ca87b-a8cd-7137-96bf-59937567f4a5"net(ÍÑîÃÊ3b'%
192.168.1.5210.0.0.1áë *tcp0
_
$019ca87b-a92a-7158-b0db-1f6d5cfcfe35"net(ªÒîÃÊ3b'%
192.168.1.3510.0.0.1°ô *tcp0
L
$019ca87b-a97b-7c6f-88a1-76dac738f1b4"disk-monitor(ûÒîÃÊ3Z2	
sdd#
}
$019ca87b-a9be-7169-9478-4a6a2cbe74a6"zfs-auto-snap(¾ÓîÃÊ3Z;"9
backup/archive@auto-01188backup/archive²íÍ €‡·¯(
w
$019ca87b-aa25-79b2-ada6-5ce1166c115f"zfs-auto-snap(¥ÔîÃÊ3Z5"3
backup/archive@auto-01178backup/archive²íÍ(
L
$019ca87b-aa8b-7e4c-8fef-8c299ef28c68"disk-monitor(‹ÕîÃÊ3Z2	
sda 
]
$019ca87b-aaa8-7ad3-848c-366ceb1059d3"net(¨ÕîÃÊ3b%#
	10.0.0.2010.0.0.1‡Ò *tcp0
]
$019ca87b-aab2-7f93-9f59-f21631e7ddc8"net(²ÕîÃÊ3b%#
	10.0.0.3710.0.0.1¸ê ½*tcp0
X
$019ca87b-aafc-7406-bd52-4162d422715e"svc-monitor(üÕîÃÊ3r

zedrunning­0 Æ(
`
$019ca87b-ab6b-7d52-b180-e2e7e41226cd"svc-monitor(ëÖîÃÊ3r 

rodent-syncrunningú; Æ(
X
$019ca87b-abbe-7286-9058-83611bf9987a"svc-monitor(¾×îÃÊ3r

zedrunning­0 Æ(
]
$019ca87b-abfb-7d1c-8ed8-7979a67feb53"net(û×îÃÊ3b%#
	10.0.0.3610.0.0.1êú *tcp0
`
$019ca87b-ac28-7c16-9de0-87678f808c93"svc-monitor(¨ØîÃÊ3r 

rodent-syncrunningú; Ç(
]
$019ca87b-ac70-72e3-997a-4c0fc572c625"net(ğØîÃÊ3b%#
	10.0.0.3910.0.0.1™ú ½*tcp0
]
$019ca87b-ac8f-78a0-844b-690028e5ec1f"net(ÙîÃÊ3b%#
	10.0.0.2210.0.0.1Ê *tcp0
]
$019ca87b-ad04-7e0a-8556-180c819e265e"net(„ÚîÃÊ3b%#
	10.0.0.2610.0.0.1¹Ñ ½*tcp0
s
$019ca87b-ad10-794e-b7ba-045eb5c5a5e7"zfs-auto-snap(ÚîÃÊ3Z1"/
tank/home@auto-01189	tank/home³íÍ €»¹›(
m
$019ca87b-ad18-70f1-b2e1-ee8857e793eb"zfs-auto-snap(˜ÚîÃÊ3Z+")
tank/home@auto-01181	tank/home³íÍ(
L
$019ca87b-ad2f-73bc-b2ae-235bf52a4568"disk-monitor(¯ÚîÃÊ3Z2	
sde%
Y
$019ca87b-ad78-749d-bd05-48b13a3d9cad"svc-monitor(øÚîÃÊ3r

sshdrunning¢3 Ç(
]
$019ca87b-adb5-758a-8df0-3e211fecc639"net(µÛîÃÊ3b%#
	10.0.0.2910.0.0.1ô¤ *tcp0
`
$019ca87b-adcb-7668-b062-a9597f6d4349"svc-monitor(ËÛîÃÊ3r 

rodent-syncrunningú; Ç(
Y
$019ca87b-ae06-7b40-9fcd-de033549d826"svc-monitor(†ÜîÃÊ3r

sshdrunning¢3 È(
`
$019ca87b-ae4b-707e-b23a-547b9d041368"svc-monitor(ËÜîÃÊ3r 

rodent-syncrunningú; È(
Y
$019ca87b-aec5-7152-a053-b6eb67982af7"svc-monitor(ÅİîÃÊ3r

sshdrunning¢3 È(
L
$019ca87b-af0b-7d25-a142-c11bfa2e262e"disk-monitor(‹ŞîÃÊ3Z2	
sde&
Y
$019ca87b-af1c-784a-b8a1-842d84c42575"svc-monitor(œŞîÃÊ3r

sshdrunning¢3 È(
L
$019ca87b-af67-7bad-bb90-11f20c82f830"disk-monitor(çŞîÃÊ3Z2	
sde!
u
$019ca87b-afb2-7418-b4f5-f996019e0be2"zfs-auto-snap(²ßîÃÊ3Z3"1
tank/media@auto-01190
tank/media´íÍ €¼®(
o
$019ca87b-affc-70a3-80e5-2fd1b11dd388"zfs-auto-snap(üßîÃÊ3Z-"+
tank/media@auto-01170
tank/media´íÍ(
Y
$019ca87b-b013-7cba-88b0-d55ee575a7b0"svc-monitor(“àîÃÊ3r

nfsdrunningÔ È(
t
$019ca87b-b05f-7738-9c72-b921cd4b6efb"auth(ßàîÃÊ32

session_idsess-552j#
!
alicepassword192.168.1.23 
]
$019ca87b-b08d-7ad0-9165-b13454dbd5fb"net(áîÃÊ3b%#
	10.0.0.2310.0.0.1à… *tcp0
s
$019ca87b-b105-79f3-9540-4f83f82ff0bf"auth(…âîÃÊ32

session_idsess-553j"
 
davepassword192.168.1.19 
L
$019ca87b-b127-708d-9610-151fadffe598"disk-monitor(§âîÃÊ3Z2	
sda'
L
$019ca87b-b1a3-7748-8fae-a3bb4e257d4b"disk-monitor(£ãîÃÊ3Z2	
sde"
L
$019ca87b-b1bf-78a0-980d-e092a5d66029"disk-monitor(¿ãîÃÊ3Z2	
sdd"
]
$019ca87b-b211-76a9-8768-d9846f9c8554"net(‘äîÃÊ3b%#
	10.0.0.1410.0.0.1Ğ½ *tcp0
Z
$019ca87b-b22e-75ee-85e4-5e404701f24b"svc-monitor(®äîÃÊ3r

smbdrunning›Á É(
]
$019ca87b-b240-76d0-99c5-6cca3d302396"net(ÀäîÃÊ3b%#
	10.0.0.2210.0.0.1÷Õ *tcp0
t
$019ca87b-b298-709f-83bb-3ea2b8cc0ea8"auth(˜åîÃÊ32

session_idsess-552j#
!
alicepassword192.168.1.11 
L
$019ca87b-b30b-7cc2-baf4-a3b7e21f8645"disk-monitor(‹æîÃÊ3Z2	
sdb
Y
$019ca87b-b360-78ba-982e-96f53ff83714"svc-monitor(àæîÃÊ3r

nfsdrunningÔ Ê(
L
$019ca87b-b38f-7f05-b5e4-b42937bcd85a"disk-monitor(çîÃÊ3Z2	
sdb
L
$019ca87b-b3e5-78f9-aab4-294cdc3a7e74"disk-monitor(åçîÃÊ3Z2	
sdb#
]
$019ca87b-b457-78d6-bbb5-f3604654a10b"net(×èîÃÊ3b%#
	10.0.0.2810.0.0.1¹ö ½*tcp0
L
$019ca87b-b4ad-7fd7-aa28-64ce20a02bce"disk-monitor(­éîÃÊ3Z2	
sdb
L
$019ca87b-b4e1-7d80-8e00-267d38f528a0"disk-monitor(áéîÃÊ3Z2	
sdd
L
$019ca87b-b548-72e9-82e0-dbc4237a085c"disk-monitor(ÈêîÃÊ3Z2	
sda!
]
$019ca87b-b59c-7778-b34a-43aefe9bbe16"net(œëîÃÊ3b%#
	10.0.0.1510.0.0.1Åõ *tcp0
L
$019ca87b-b5de-7750-84da-96a94df327c7"disk-monitor(ŞëîÃÊ3Z2	
sde&
s
$019ca87b-b5fc-749f-b362-d01a0441666d"auth(üëîÃÊ32

session_idsess-553j"
 
davepassword192.168.1.11 
_
$019ca87b-b671-77b6-914a-cbc9a77a4138"net(ñìîÃÊ3b'%
192.168.1.3410.0.0.1ğî *tcp0
\
$019ca87b-b67d-7982-a889-9fa45740ba1f"net(ıìîÃÊ3b$"
10.0.0.510.0.0.1™İ *tcp0
Z
$019ca87b-b6a8-7b99-a30e-057f649d0efb"auth(¨íîÃÊ3j!

bobpassword192.168.1.19 
Z
$019ca87b-b721-7443-8eb5-a1d841c0ee69"svc-monitor(¡îîÃÊ3r

smbdrunning›Á Ë(
]
$019ca87b-b77d-74fe-a16d-39ed9ee03941"net(ıîîÃÊ3b%#
	10.0.0.2810.0.0.1¿™ *tcp0
L
$019ca87b-b79c-7098-ba2c-84b46baae1fa"disk-monitor(œïîÃÊ3Z2	
sde"
L
$019ca87b-b7d0-756c-8339-2384eb2515db"disk-monitor(ĞïîÃÊ3Z2	
sda$
s
$019ca87b-b806-79c7-aedf-df603015d32a"zfs-auto-snap(†ğîÃÊ3Z1"/
tank/home@auto-01191	tank/home¶íÍ ÀÎ„ã(
m
$019ca87b-b86f-789f-b65e-e2e0fae09e0d"zfs-auto-snap(ïğîÃÊ3Z+")
tank/home@auto-01185	tank/home¶íÍ(
\
$019ca87b-b8e3-764b-ab0d-962c400d0030"net(ãñîÃÊ3b$"
10.0.0.810.0.0.1Æé ½*tcp0
L
$019ca87b-b8f3-75bc-ba73-dc616c901a85"disk-monitor(óñîÃÊ3Z2	
sde
]
$019ca87b-b928-79ae-b66c-65e1040d31da"net(¨òîÃÊ3b%#
	10.0.0.3310.0.0.1§Ä *tcp0
]
$019ca87b-b98a-7a5a-9748-b26a56fdd6d1"net(ŠóîÃÊ3b%#
	10.0.0.3810.0.0.1³ï ½*tcp0
X
$019ca87b-b9f0-7a9e-95d2-9c9adc0a94f1"svc-monitor(ğóîÃÊ3r

zedrunning­0 Ì(
]
$019ca87b-ba27-75b7-8fa2-5633346ee35f"net(§ôîÃÊ3b%#
	10.0.0.2710.0.0.1¿Ë ½*tcp0
Y
$019ca87b-ba9a-7061-831d-485e4c4ae017"svc-monitor(šõîÃÊ3r

sshdrunning¢3 Ì(
Y
$019ca87b-baeb-7649-91a7-2e76dc0891d5"svc-monitor(ëõîÃÊ3r

sshdrunning¢3 Ì(
Z
$019ca87b-bb60-728d-bcb9-2a6600dabf91"svc-monitor(àöîÃÊ3r

smbdrunning›Á Ì(
Y
$019ca87b-bbd3-72f8-8361-e833810c5376"svc-monitor(Ó÷îÃÊ3r

sshdrunning¢3 Ì(
X
$019ca87b-bc2a-75ae-b31f-61b26f5dc975"svc-monitor(ªøîÃÊ3r

zedrunning­0 Ì(
L
$019ca87b-bc3e-7fd5-8cf7-e83562d4aa47"disk-monitor(¾øîÃÊ3Z2	
sdb'
`
$019ca87b-bc83-7439-9d9b-797b554d161e"svc-monitor(ƒùîÃÊ3r 

rodent-syncrunningú; Í(
L
$019ca87b-bccb-7e5f-92c5-09b01c3cfe18"disk-monitor(ËùîÃÊ3Z2	
sdb'
`
$019ca87b-bd1f-78e0-94b0-632135bf9519"svc-monitor(ŸúîÃÊ3r 

rodent-syncrunningú; Í(
L
$019ca87b-bd7a-7381-af28-62cbd1f6ca12"disk-monitor(úúîÃÊ3Z2	
sda!
L
$019ca87b-bd98-7d50-90fa-f8a3e868c580"disk-monitor(˜ûîÃÊ3Z2	
sdb!
]
$019ca87b-bdfd-72db-9def-0a03b0ecadf1"net(ıûîÃÊ3b%#
	10.0.0.1310.0.0.1İ± ½*tcp0
L
$019ca87b-be38-7868-8a49-fd0fff6d6ab9"disk-monitor(¸üîÃÊ3Z2	
sda%
]
$019ca87b-be59-7d26-92df-49271b020afd"net(ÙüîÃÊ3b%#
	10.0.0.3010.0.0.1‡Ç *tcp0
Y
$019ca87b-bebd-7fdb-a61b-c47b882e897b"svc-monitor(½ıîÃÊ3r

nfsdrunningÔ Í(
]
$019ca87b-befe-7c3d-8a07-8382e0aa48e9"net(şıîÃÊ3b%#
	10.0.0.1910.0.0.1Ÿ• ½*tcp0
L
$019ca87b-bf2a-70a0-8cce-69f027ed6d42"disk-monitor(ªşîÃÊ3Z2	
sda'
L
$019ca87b-bf4c-7490-a980-88b2f3bd87eb"disk-monitor(ÌşîÃÊ3Z2	
sdd"
X
$019ca87b-bfa9-72fe-9210-ddfe717663fd"svc-monitor(©ÿîÃÊ3r

zedrunning­0 Î(
u
$019ca87b-c008-7ed4-bb62-37e8fdf8903e"zfs-auto-snap(ˆ€ïÃÊ3Z3"1
tank/media@auto-01192
tank/media¸íÍ €ø¼¯(
o
$019ca87b-c068-7c47-bd84-b53cde24cf49"zfs-auto-snap(è€ïÃÊ3Z-"+
tank/media@auto-01171
tank/media¸íÍ(
Z
$019ca87b-c0bd-79d4-aa28-ba2bcde97361"svc-monitor(½ïÃÊ3r

smbdrunning›Á Î(
Y
$019ca87b-c134-7dc6-b9d8-288df3878b2d"svc-monitor(´‚ïÃÊ3r

nfsdrunningÔ Î(
Y
$019ca87b-c141-7e06-aade-f6f4a2e4a0f9"svc-monitor(Á‚ïÃÊ3r

sshdrunning¢3 Î(
Z
$019ca87b-c1b6-7cbe-858d-0a05bb0e512c"svc-monitor(¶ƒïÃÊ3r

smbdrunning›Á Î(
s
$019ca87b-c21c-7b44-a674-82a047e7d3ad"auth(œ„ïÃÊ32

session_idsess-554j"
 
davepassword192.168.1.11 
Y
$019ca87b-c266-763e-a7ae-fbb087d64b60"svc-monitor(æ„ïÃÊ3r

sshdrunning¢3 Ï(
L
$019ca87b-c271-7b43-9672-b0bb1902b98b"disk-monitor(ñ„ïÃÊ3Z2	
sde&
L
$019ca87b-c2e3-7200-8c48-2d5cf61385aa"disk-monitor(ã…ïÃÊ3Z2	
sde&
]
$019ca87b-c328-7e1c-8192-6cf881c45113"net(¨†ïÃÊ3b%#
	10.0.0.4110.0.0.1úú ½*tcp0
Z
$019ca87b-c372-7f8d-a8d0-29aa918df40a"svc-monitor(ò†ïÃÊ3r

smbdrunning›Á Ï(
L
$019ca87b-c3cc-7429-abf5-13c4b65c5c2a"disk-monitor(Ì‡ïÃÊ3Z2	
sdb
Y
$019ca87b-c40e-70c6-aa77-a5b552985f18"svc-monitor(ˆïÃÊ3r

sshdrunning¢3 Ï(
s
$019ca87b-c482-7761-82d2-caddaded52ac"auth(‚‰ïÃÊ32

session_idsess-554j"
 
davepassword192.168.1.10 
Y
$019ca87b-c4fa-7536-bd77-f7b1194c0805"svc-monitor(ú‰ïÃÊ3r

sshdrunning¢3 Ï(
}
$019ca87b-c525-7d5b-9dcd-06fc47ae3d1f"zfs-auto-snap(¥ŠïÃÊ3Z;"9
backup/archive@auto-01193backup/archive¹íÍ À™ä(
w
$019ca87b-c58b-7e7d-a55b-9458c1b2750e"zfs-auto-snap(‹‹ïÃÊ3Z5"3
backup/archive@auto-01179backup/archive¹íÍ(
_
$019ca87b-c5d1-734e-a6c4-8c5df73c7611"net(Ñ‹ïÃÊ3b'%
192.168.1.1610.0.0.1…ú *tcp0
]
$019ca87b-c5d7-78a8-9e3d-1d9e9a6f9cf6"net(×‹ïÃÊ3b%#
	10.0.0.3810.0.0.1Ñš ½*tcp0
X
$019ca87b-c64b-7ad3-8be0-fec04d6151cf"svc-monitor(ËŒïÃÊ3r

zedrunning­0 Ğ(
u
$019ca87b-c68e-70dc-a772-d9f893743b41"zfs-auto-snap(ïÃÊ3Z3"1
tank/media@auto-01194
tank/media¹íÍ €ê¶ã(
o
$019ca87b-c6d6-77da-ae18-c0c846a5bd7c"zfs-auto-snap(ÖïÃÊ3Z-"+
tank/media@auto-01172
tank/media¹íÍ(
Z
$019ca87b-c73d-70a7-9720-d932c170eac6"svc-monitor(½ïÃÊ3r

smbdrunning›Á Ğ(
Y
$019ca87b-c751-74cf-b130-1b67492a0fa7"svc-monitor(ÑïÃÊ3r

nfsdrunningÔ Ğ(
X
$019ca87b-c7a9-7cfc-8020-c386de3d0dbe"svc-monitor(©ïÃÊ3r

zedrunning­0 Ğ(
Y
$019ca87b-c7cd-7464-b513-3d4f09805ae9"svc-monitor(ÍïÃÊ3r

nfsdrunningÔ Ñ(
_
$019ca87b-c81e-757e-9b0d-0af994b7ac18"net(ïÃÊ3b'%
192.168.1.2310.0.0.1¥² *tcp0
`
$019ca87b-c82a-759a-ad10-8bf0600db0dc"svc-monitor(ªïÃÊ3r 

rodent-syncrunningú; Ñ(
Y
$019ca87b-c86a-7b10-b2ba-2970d1a3f69f"svc-monitor(êïÃÊ3r

sshdrunning¢3 Ñ(
]
$019ca87b-c89b-7010-a43d-7b6ab264d809"net(›‘ïÃÊ3b%#
	10.0.0.2910.0.0.1¾é *tcp0
Y
$019ca87b-c8e8-7978-9a05-e91e9c6fb3db"svc-monitor(è‘ïÃÊ3r

sshdrunning¢3 Ñ(
L
$019ca87b-c932-72c4-a5a1-6509e8ffb684"disk-monitor(²’ïÃÊ3Z2	
sda
]
$019ca87b-c96d-7509-a90c-75740216b862"net(í’ïÃÊ3b%#
	10.0.0.1510.0.0.1Í• *tcp0
u
$019ca87b-c983-77b1-a273-553848e119df"zfs-auto-snap(ƒ“ïÃÊ3Z3"1
tank/media@auto-01195
tank/mediaºíÍ €‚¤½(
o
$019ca87b-c9ff-7c38-bacd-2ee7964aa346"zfs-auto-snap(ÿ“ïÃÊ3Z-"+
tank/media@auto-01183
tank/mediaºíÍ(
s
$019ca87b-ca73-7d25-83c2-e8e77dd3b698"zfs-auto-snap(ó”ïÃÊ3Z1"/
tank/home@auto-01196	tank/homeºíÍ €±Û
(
m
$019ca87b-cae4-747a-a3df-adc0d508c5fd"zfs-auto-snap(ä•ïÃÊ3Z+")
tank/home@auto-01186	tank/homeºíÍ(
_
$019ca87b-cb37-73f3-bf56-68af7231ae78"net(·–ïÃÊ3b'%
192.168.1.4310.0.0.1ùÓ *tcp0
_
$019ca87b-cb4b-7c3c-8c44-20440682815e"net(Ë–ïÃÊ3b'%
192.168.1.1010.0.0.1Ğô *tcp0
L
$019ca87b-cbc3-7d02-8d6c-f833400f15d6"disk-monitor(Ã—ïÃÊ3Z2	
sdb"
]
$019ca87b-cbf5-758a-b046-3422ee742505"net(õ—ïÃÊ3b%#
	10.0.0.3910.0.0.1÷× ½*tcp0
X
$019ca87b-cc46-7aad-9bae-df570040ecdd"svc-monitor(Æ˜ïÃÊ3r

zedrunning­0 Ò(
\
$019ca87b-cc8a-7a74-bf08-e11e1b924f55"net(Š™ïÃÊ3b$"
10.0.0.710.0.0.1¶¾ ½*tcp0
L
$019ca87b-cca9-7152-b2af-9a20399335f1"disk-monitor(©™ïÃÊ3Z2	
sdb#
Y
$019ca87b-cce0-7685-a45e-b2624f7353d2"svc-monitor(à™ïÃÊ3r

sshdrunning¢3 Ò(
}
$019ca87b-cd0f-798e-9411-112c01093c63"zfs-auto-snap(šïÃÊ3Z;"9
backup/archive@auto-01197backup/archive»íÍ €ûÄÿ(
w
$019ca87b-cd27-7b8e-b273-9e7ee30e7ff6"zfs-auto-snap(§šïÃÊ3Z5"3
backup/archive@auto-01182backup/archive»íÍ(
\
$019ca87b-cd56-7864-bd06-43c3caa7e5b2"net(ÖšïÃÊ3b$"
10.0.0.910.0.0.1ĞÌ ½*tcp0
_
$019ca87b-cdc5-7404-81ca-fe9b6bf64f99"net(Å›ïÃÊ3b'%
192.168.1.5010.0.0.1²­ *tcp0
u
$019ca87b-cde5-73f3-b7a1-cd9314406256"zfs-auto-snap(å›ïÃÊ3Z3"1
tank/media@auto-01198
tank/media»íÍ ÀÂãı(
o
$019ca87b-ce06-76c6-a337-7ebb1f6c434f"zfs-auto-snap(†œïÃÊ3Z-"+
tank/media@auto-01190
tank/media»íÍ(
Y
$019ca87b-ce1e-7089-8672-51c5e78a2be2"svc-monitor(œïÃÊ3r

sshdrunning¢3 Ó(
L
$019ca87b-ce54-79d3-9df6-4cbe2aadbf00"disk-monitor(ÔœïÃÊ3Z2	
sdb
L
$019ca87b-ce94-7a08-a7a9-e3d5846cc6f1"disk-monitor(”ïÃÊ3Z2	
sdd!
\
$019ca87b-ced0-7612-a599-39cbf7de2600"net(ĞïÃÊ3b$"
10.0.0.210.0.0.1Ñ¥ *tcp0
L
$019ca87b-cedd-702d-8870-c28673d7f62a"disk-monitor(İïÃÊ3Z2	
sde!
Z
$019ca87b-cf05-7b7d-b6dc-075eaed694eb"svc-monitor(…ïÃÊ3r

smbdrunning›Á Ô(
X
$019ca87b-cf7e-7c19-b242-cf496ffc9d12"svc-monitor(şïÃÊ3r

zedrunning­0 Ô(
]
$019ca87b-cf9a-7e19-bc01-3b84bafa6d14"net(šŸïÃÊ3b%#
	10.0.0.1910.0.0.1È… *tcp0
L
$019ca87b-cfb0-7dd0-b294-537967ab2c30"disk-monitor(°ŸïÃÊ3Z2	
sda 
L
$019ca87b-cfd4-7a12-8145-e45d71b91cbb"disk-monitor(ÔŸïÃÊ3Z2	
sdd
L
$019ca87b-d039-7385-9409-9c0bd742c378"disk-monitor(¹ ïÃÊ3Z2	
sdd#
L
$019ca87b-d085-709a-9b60-1d605c18737b"disk-monitor(…¡ïÃÊ3Z2	
sdb"
L
$019ca87b-d0f1-73fb-9b6b-1b545f3abcf1"disk-monitor(ñ¡ïÃÊ3Z2	
sdd!
Y
$019ca87b-d145-7fb3-a0e7-915bccb0308f"svc-monitor(Å¢ïÃÊ3r

sshdrunning¢3 Ô(
}
$019ca87b-d184-7fce-a277-6eb337833131"zfs-auto-snap(„£ïÃÊ3Z;"9
backup/archive@auto-01199backup/archive¼íÍ Àì©ë	(
w
$019ca87b-d1db-7062-8b9f-78e3b43a85a8"zfs-auto-snap(Û£ïÃÊ3Z5"3
backup/archive@auto-01184backup/archive¼íÍ(
L
$019ca87b-d20d-7e67-afe7-5b5079cf494c"disk-monitor(¤ïÃÊ3Z2	
sda 
]
$019ca87b-d27e-7479-88ca-84fb90ea4b70"net(ş¤ïÃÊ3b%#
	10.0.0.2610.0.0.1œã ½*tcp0
L
$019ca87b-d288-73f2-bd54-1be0bd0acc10"disk-monitor(ˆ¥ïÃÊ3Z2	
sde 
L
$019ca87b-d2bd-7e8a-bc7b-431a3933de0e"disk-monitor(½¥ïÃÊ3Z2	
sda!
L
$019ca87b-d31f-7bf4-8275-c28f938ff06f"disk-monitor(Ÿ¦ïÃÊ3Z2	
sda"
}
$019ca87b-d36e-782a-a3bf-ad9f7108142f"zfs-auto-snap(î¦ïÃÊ3Z;"9
backup/archive@auto-01200backup/archive½íÍ À­›µ(
w
$019ca87b-d3ce-7540-b88d-b2ad706e0e4f"zfs-auto-snap(Î§ïÃÊ3Z5"3
backup/archive@auto-01188backup/archive½íÍ(
L
$019ca87b-d3f0-7dd9-bb04-0b3bed6db8c6"disk-monitor(ğ§ïÃÊ3Z2	
sde
]
$019ca87b-d412-70fc-8f3d-a4cc9c6b30ea"net(’¨ïÃÊ3b%#
	10.0.0.1410.0.0.1€Ä *tcp0
L
$019ca87b-d42e-7dbc-82c6-0cbcc141242a"disk-monitor(®¨ïÃÊ3Z2	
sda!
L
$019ca87b-d438-73d8-ae68-112dd82051fb"disk-monitor(¸¨ïÃÊ3Z2	
sda&
X
$019ca87b-d469-7c5f-8a58-2e994ef16ef4"svc-monitor(é¨ïÃÊ3r

zedrunning­0 Ö(
L
$019ca87b-d4ab-728b-b590-220f593d2828"disk-monitor(«©ïÃÊ3Z2	
sda&
]
$019ca87b-d4e2-7740-8823-fb548518ec08"net(â©ïÃÊ3b%#
	10.0.0.1910.0.0.1¹» ½*tcp0
Z
$019ca87b-d4ed-71b0-9ed0-0fdc6ae5e11f"svc-monitor(í©ïÃÊ3r

smbdrunning›Á Ö(
L
$019ca87b-d551-74f6-8deb-2ec7126da8ac"disk-monitor(ÑªïÃÊ3Z2	
sda&
Y
$019ca87b-d56b-751e-9b26-ad864aabbe18"svc-monitor(ëªïÃÊ3r

nfsdrunningÔ Ö(
t
$019ca87b-d5c0-7c54-9a5a-c3e574fed113"auth(À«ïÃÊ32

session_idsess-555j#
!
carolpassword192.168.1.10 
]
$019ca87b-d62e-70e7-825f-79b458315676"net(®¬ïÃÊ3b%#
	10.0.0.1010.0.0.1Ó¾ *tcp0
Y
$019ca87b-d663-788e-bb4c-a50d5b4d50d7"svc-monitor(ã¬ïÃÊ3r

nfsdrunningÔ ×(
Y
$019ca87b-d695-70e8-b1fe-d97556cbe320"svc-monitor(•­ïÃÊ3r

nfsdrunningÔ ×(
L
$019ca87b-d701-7942-b248-221ce57efac8"disk-monitor(®ïÃÊ3Z2	
sde#
X
$019ca87b-d73f-71b1-98f8-7fb34f9137bd"svc-monitor(¿®ïÃÊ3r

zedrunning­0 ×(
X
$019ca87b-d782-76d9-a93e-a6a0123b9017"svc-monitor(‚¯ïÃÊ3r

zedrunning­0 ×(
]
$019ca87b-d7cb-7833-898b-9139cde5425e"net(Ë¯ïÃÊ3b%#
	10.0.0.1210.0.0.1¾ *tcp0
Z
$019ca87b-d809-7e2d-b838-22882bc77ac5"svc-monitor(‰°ïÃÊ3r

smbdrunning›Á ×(
L
$019ca87b-d857-75f0-bf9d-478d7565f5bb"disk-monitor(×°ïÃÊ3Z2	
sde%
Z
$019ca87b-d86d-71c4-9091-be5b03305b1c"svc-monitor(í°ïÃÊ3r

smbdrunning›Á ×(
\
$019ca87b-d88a-76f6-a1c6-e38b29c6db68"net(Š±ïÃÊ3b$"
10.0.0.510.0.0.1›ø *tcp0
\
$019ca87b-d8d8-7b53-b346-c499ba439aae"net(Ø±ïÃÊ3b$"
10.0.0.910.0.0.1¹÷ ½*tcp0
\
$019ca87b-d904-778f-8294-ed07ba07f77f"net(„²ïÃÊ3b$"
10.0.0.810.0.0.1©Ğ ½*tcp0
u
$019ca87b-d954-741b-8ce1-e832106bc70f"zfs-auto-snap(Ô²ïÃÊ3Z3"1
tank/media@auto-01201
tank/media¾íÍ €×åõ(
o
$019ca87b-d997-7edb-997f-470cc7e43642"zfs-auto-snap(—³ïÃÊ3Z-"+
tank/media@auto-01192
tank/media¾íÍ(
X
$019ca87b-d9a9-71b3-ad1f-2e27883542f2"svc-monitor(©³ïÃÊ3r

zedrunning­0 Ø(
X
$019ca87b-d9cf-70fd-829f-eccd1bde016c"svc-monitor(Ï³ïÃÊ3r

zedrunning­0 Ø(
Z
$019ca87b-d9d4-7104-a01b-e71f9657c686"svc-monitor(Ô³ïÃÊ3r

smbdrunning›Á Ø(
X
$019ca87b-d9ee-790b-8390-405dfcb93b2b"svc-monitor(î³ïÃÊ3r

zedrunning­0 Ø(
`
$019ca87b-da27-70c3-99c0-c0a56db345bd"svc-monitor(§´ïÃÊ3r 

rodent-syncrunningú; Ø(
u
$019ca87b-da5a-7783-982f-579629b25aa6"zfs-auto-snap(Ú´ïÃÊ3Z3"1
tank/media@auto-01202
tank/media¿íÍ ÀÕ—ª(
o
$019ca87b-da66-72a1-8a3f-adf8e0babd30"zfs-auto-snap(æ´ïÃÊ3Z-"+
tank/media@auto-01194
tank/media¿íÍ(
L
$019ca87b-dacf-7cb7-bfe9-64c759395bd2"disk-monitor(ÏµïÃÊ3Z2	
sdb 
L
$019ca87b-db3f-7fde-b1de-94a7298e66bf"disk-monitor(¿¶ïÃÊ3Z2	
sdd
Z
$019ca87b-db78-7044-9b2d-74f0e23a7b18"svc-monitor(ø¶ïÃÊ3r

smbdrunning›Á Ù(
X
$019ca87b-db90-7ed8-bde4-0d940c891492"svc-monitor(·ïÃÊ3r

zedrunning­0 Ù(
Y
$019ca87b-dbbe-76af-9d1b-980c133afe53"svc-monitor(¾·ïÃÊ3r

sshdrunning¢3 Ù(
X
$019ca87b-dbe4-7a04-ad01-13cf4e3d6cf6"svc-monitor(ä·ïÃÊ3r

zedrunning­0 Ù(
]
$019ca87b-dc5a-7450-9d80-ecab1040a49a"net(Ú¸ïÃÊ3b%#
	10.0.0.2410.0.0.1È *tcp0
Y
$019ca87b-dccc-7942-b6d0-6b3dfb5baee7"svc-monitor(Ì¹ïÃÊ3r

nfsdrunningÔ Ù(
X
$019ca87b-dd23-79c7-807e-583edca93910"svc-monitor(£ºïÃÊ3r

zedrunning­0 Ú(
L
$019ca87b-dd84-7ba4-b974-5f8cb3c48acd"disk-monitor(„»ïÃÊ3Z2	
sde"
L
$019ca87b-ddf4-7458-aab6-48aa300ef94d"disk-monitor(ô»ïÃÊ3Z2	
sdb
`
$019ca87b-de10-78ef-bf6c-44ead3da765a"svc-monitor(¼ïÃÊ3r 

rodent-syncrunningú; Ú(
L
$019ca87b-de3b-7d9e-9f67-48fecbc9dc3d"disk-monitor(»¼ïÃÊ3Z2	
sda!
u
$019ca87b-de71-7df9-87c7-95ccaddf83da"zfs-auto-snap(ñ¼ïÃÊ3Z3"1
tank/media@auto-01203
tank/mediaÀíÍ Àí²
(
o
$019ca87b-dee6-7456-9970-0b29f29e643a"zfs-auto-snap(æ½ïÃÊ3Z-"+
tank/media@auto-01195
tank/mediaÀíÍ(
t
$019ca87b-df32-7a60-ab4c-91272dfba656"auth(²¾ïÃÊ32

session_idsess-555j#
!
carolpassword192.168.1.16 
L
$019ca87b-df5c-7646-bab2-78fff7506f7c"disk-monitor(Ü¾ïÃÊ3Z2	
sdd$
Y
$019ca87b-df6f-72c1-9e0e-ad4efda9efa5"svc-monitor(ï¾ïÃÊ3r

sshdrunning¢3 Ú(
s
$019ca87b-dfc6-77df-8fda-632df85fa55c"zfs-auto-snap(Æ¿ïÃÊ3Z1"/
tank/home@auto-01204	tank/homeÀíÍ €ØİÏ(
m
$019ca87b-dfd5-7cde-b6a0-66eded808e7c"zfs-auto-snap(Õ¿ïÃÊ3Z+")
tank/home@auto-01187	tank/homeÀíÍ(
]
$019ca87b-e023-776e-9b61-12146fee36bd"net(£ÀïÃÊ3b%#
	10.0.0.3210.0.0.1¦  *tcp0
\
$019ca87b-e044-7b95-9ccb-0f2deb5859bd"net(ÄÀïÃÊ3b$"
10.0.0.410.0.0.1ïÖ *tcp0
L
$019ca87b-e08d-71cb-9762-45691ac7709b"disk-monitor(ÁïÃÊ3Z2	
sda"
Y
$019ca87b-e0d6-7cf7-b065-77be58798d25"svc-monitor(ÖÁïÃÊ3r

sshdrunning¢3 Û(
Y
$019ca87b-e11b-780c-9093-1cc4a2691a47"svc-monitor(›ÂïÃÊ3r

nfsdrunningÔ Û(
L
$019ca87b-e12c-799a-be52-f36bfe9fa19e"disk-monitor(¬ÂïÃÊ3Z2	
sdb"
Z
$019ca87b-e188-7901-b65d-db6da027e033"svc-monitor(ˆÃïÃÊ3r

smbdrunning›Á Û(
Y
$019ca87b-e1a2-7a2e-8347-0ac12875b940"svc-monitor(¢ÃïÃÊ3r

nfsdrunningÔ Û(
]
$019ca87b-e1c6-7ebd-8787-f47fe16d8c42"net(ÆÃïÃÊ3b%#
	10.0.0.1510.0.0.1Òë *tcp0
u
$019ca87b-e223-7e11-9a47-64154b50f688"zfs-auto-snap(£ÄïÃÊ3Z3"1
tank/media@auto-01205
tank/mediaÀíÍ ÀöÑ¢
(
o
$019ca87b-e23f-70c8-aaae-d1e53f4d8892"zfs-auto-snap(¿ÄïÃÊ3Z-"+
tank/media@auto-01198
tank/mediaÁíÍ(
]
$019ca87b-e2ac-7d89-b894-f635ce768bbc"net(¬ÅïÃÊ3b%#
	10.0.0.1410.0.0.1Ÿ‡ ½*tcp0
L
$019ca87b-e324-79e0-a67c-a3fb4d3010db"disk-monitor(¤ÆïÃÊ3Z2	
sdd&
X
$019ca87b-e38e-7315-ae0f-bebdacd569fa"svc-monitor(ÇïÃÊ3r

zedrunning­0 Ü(
]
$019ca87b-e3ba-77b2-b578-77ec2a67ac2c"net(ºÇïÃÊ3b%#
	10.0.0.1510.0.0.1¯Á *tcp0
L
$019ca87b-e429-772b-bfc0-fed4f5d14953"disk-monitor(©ÈïÃÊ3Z2	
sdb%
X
$019ca87b-e460-7c7e-b73c-27af0e8882f7"svc-monitor(àÈïÃÊ3r

zedrunning­0 Ü(
\
$019ca87b-e4c7-751c-978d-0885616969d1"net(ÇÉïÃÊ3b$"
10.0.0.910.0.0.1®Ê ½*tcp0
t
$019ca87b-e524-7785-b47e-aaf92572ca2d"zfs-auto-snap(¤ÊïÃÊ3Z2"0
tank/media@auto-01206
tank/mediaÁíÍ €¼ŞW(
o
$019ca87b-e535-7aba-98ba-7ded286b1e66"zfs-auto-snap(µÊïÃÊ3Z-"+
tank/media@auto-01201
tank/mediaÁíÍ(
[
$019ca87b-e54c-7ae5-9cf7-6121f943616e"auth(ÌÊïÃÊ3j"
 
davepassword192.168.1.42 
`
$019ca87b-e599-7075-8b37-8ad244a00fb6"svc-monitor(™ËïÃÊ3r 

rodent-syncrunningú; İ(
]
$019ca87b-e5b9-703c-b766-e21f0be339c8"net(¹ËïÃÊ3b%#
	10.0.0.3610.0.0.1¡ƒ ½*tcp0
]
$019ca87b-e62d-7148-8c51-a07444327fcb"net(­ÌïÃÊ3b%#
	10.0.0.4010.0.0.1ªÓ *tcp0
_
$019ca87b-e670-7612-99d0-b15062984c73"net(ğÌïÃÊ3b'%
192.168.1.2410.0.0.1ñü *tcp0
]
$019ca87b-e6bf-7ccc-b4fd-8c47e04078c5"net(¿ÍïÃÊ3b%#
	10.0.0.2510.0.0.1Ù« *tcp0
_
$019ca87b-e715-7056-bd35-95cd4a9d4364"net(•ÎïÃÊ3b'%
192.168.1.1010.0.0.1íè *tcp0
Z
$019ca87b-e78a-789c-b569-b1a718708d0f"svc-monitor(ŠÏïÃÊ3r

smbdrunning›Á İ(
L
$019ca87b-e802-7feb-b0a4-2ff26fde26eb"disk-monitor(‚ĞïÃÊ3Z2	
sdb%
\
$019ca87b-e82c-71f7-90f9-00661afff5ae"net(¬ĞïÃÊ3b$"
10.0.0.410.0.0.1¿Ì ½*tcp0
]
$019ca87b-e87d-7ea9-81fc-f141378a3e75"net(ıĞïÃÊ3b%#
	10.0.0.3610.0.0.1Ö× *tcp0
Y
$019ca87b-e8cc-76f4-a52f-ac5145d9f401"svc-monitor(ÌÑïÃÊ3r

nfsdrunningÔ Ş(
Y
$019ca87b-e8dd-72d8-a6bc-c1571c33c897"svc-monitor(İÑïÃÊ3r

sshdrunning¢3 Ş(
Y
$019ca87b-e909-7975-8854-fa76e51dc810"svc-monitor(‰ÒïÃÊ3r

sshdrunning¢3 Ş(
Y
$019ca87b-e927-7da1-9938-95fae9b68217"svc-monitor(§ÒïÃÊ3r

nfsdrunningÔ Ş(
L
$019ca87b-e997-7b34-8941-b71ef2977e03"disk-monitor(—ÓïÃÊ3Z2	
sdb&
`
$019ca87b-e9a5-7765-880a-40d6716aae5a"svc-monitor(¥ÓïÃÊ3r 

rodent-syncrunningú; Ş(
_
$019ca87b-e9aa-7ba8-844f-1d88accf4e3c"net(ªÓïÃÊ3b'%
192.168.1.4110.0.0.1Ê‚ *tcp0
]
$019ca87b-e9d5-78f3-a925-726c6b3c9ef2"net(ÕÓïÃÊ3b%#
	10.0.0.1510.0.0.1©î *tcp0
`
$019ca87b-e9e5-7c73-9112-2e30b4f87a2c"svc-monitor(åÓïÃÊ3r 

rodent-syncrunningú; ß(
]
$019ca87b-e9ef-79aa-b4f1-0209c92ae4de"net(ïÓïÃÊ3b%#
	10.0.0.2810.0.0.1ãÌ *tcp0
L
$019ca87b-ea47-7050-a7fa-79c1f352eb3f"disk-monitor(ÇÔïÃÊ3Z2	
sda!
]
$019ca87b-ea93-75d9-97ee-c6dbf7dfae08"net(“ÕïÃÊ3b%#
	10.0.0.1010.0.0.1‡‘ *tcp0
L
$019ca87b-eaaa-70fb-97a0-059391c40c11"disk-monitor(ªÕïÃÊ3Z2	
sdd
_
$019ca87b-eae3-742a-9ab9-8cb213c9fd52"net(ãÕïÃÊ3b'%
192.168.1.5410.0.0.1Š¬ *tcp0
\
$019ca87b-eb1c-7bcc-a954-99274d5f8e4d"net(œÖïÃÊ3b$"
10.0.0.610.0.0.1É ½*tcp0
Y
$019ca87b-eb8f-7c6c-b000-6daf7aa123e3"svc-monitor(×ïÃÊ3r

nfsdrunningÔ ß(
t
$019ca87b-ebd7-7524-8a1e-bfad02bb4517"auth(××ïÃÊ32

session_idsess-556j#
!
alicepassword192.168.1.25 
Z
$019ca87b-ec4e-7d0b-9961-37c0e1073828"svc-monitor(ÎØïÃÊ3r

smbdrunning›Á à(
]
$019ca87b-ecc4-7d10-ba90-5e392302263e"net(ÄÙïÃÊ3b%#
	10.0.0.3210.0.0.1ıú *tcp0
s
$019ca87b-ecf4-702d-98d2-64d6c59dd170"auth(ôÙïÃÊ32

session_idsess-557j"
 
davepassword192.168.1.35 
L
$019ca87b-ed04-71f6-8fb2-09364dae4b7f"disk-monitor(„ÚïÃÊ3Z2	
sdb'
t
$019ca87b-ed75-7032-8c25-2d704ecff54d"auth(õÚïÃÊ32

session_idsess-556j#
!
alicepassword192.168.1.23 
L
$019ca87b-ed99-7aae-a6e6-d5cf4c144da9"disk-monitor(™ÛïÃÊ3Z2	
sda
]
$019ca87b-edc9-79e3-b20a-b265ddcf3655"net(ÉÛïÃÊ3b%#
	10.0.0.3010.0.0.1éá ½*tcp0
s
$019ca87b-edd0-73d6-a449-1110b6c71373"auth(ĞÛïÃÊ32

session_idsess-557j"
 
davepassword192.168.1.42 
L
$019ca87b-ee20-749a-8d1c-c16b23765aa2"disk-monitor( ÜïÃÊ3Z2	
sde&
u
$019ca87b-ee70-7eca-a985-c37d3a4c9f42"zfs-auto-snap(ğÜïÃÊ3Z3"1
tank/media@auto-01207
tank/mediaÄíÍ €ÓÓ×(
o
$019ca87b-eec7-7c4c-8f6b-5e54a96270a6"zfs-auto-snap(ÇİïÃÊ3Z-"+
tank/media@auto-01202
tank/mediaÄíÍ(
L
$019ca87b-eee2-7ec4-b3fd-64fa2306a48b"disk-monitor(âİïÃÊ3Z2	
sde
]
$019ca87b-ef59-7781-abab-b5ddbd274457"net(ÙŞïÃÊ3b%#
	10.0.0.3010.0.0.1¹ü *tcp0
]
$019ca87b-ef7d-7112-985f-bb3c089fce4f"net(ıŞïÃÊ3b%#
	10.0.0.1710.0.0.1öŒ ½*tcp0
]
$019ca87b-ef8c-7eac-ae39-0126b04e18c1"net(ŒßïÃÊ3b%#
	10.0.0.3510.0.0.1³œ ½*tcp0
L
$019ca87b-efc8-7269-8825-144f1bb8d03a"disk-monitor(ÈßïÃÊ3Z2	
sdb!
\
$019ca87b-eff2-7327-98e8-959feb639e01"net(òßïÃÊ3b$"
10.0.0.210.0.0.1‰Í *tcp0
Z
$019ca87b-efff-7404-a80f-8124c48cd825"svc-monitor(ÿßïÃÊ3r

smbdrunning›Á á(
_
$019ca87b-f01f-7507-ac27-414c1274427e"net(ŸàïÃÊ3b'%
192.168.1.3710.0.0.1Ãú *tcp0
]
$019ca87b-f090-768e-8803-79106a9c9d7e"net(áïÃÊ3b%#
	10.0.0.1710.0.0.1‘œ ½*tcp0
Y
$019ca87b-f0ba-7212-9de1-23e84c69b721"svc-monitor(ºáïÃÊ3r

nfsdrunningÔ â(
L
$019ca87b-f0fb-7402-9783-f17a2f1b151b"disk-monitor(ûáïÃÊ3Z2	
sdb'
L
$019ca87b-f15c-7c02-8e34-4e6bff54f570"disk-monitor(ÜâïÃÊ3Z2	
sdb"
Z
$019ca87b-f19d-7510-98f2-1e125665070c"svc-monitor(ãïÃÊ3r

smbdrunning›Á â(
L
$019ca87b-f1e1-7013-9255-8a57ca8e944d"disk-monitor(áãïÃÊ3Z2	
sdd 
]
$019ca87b-f20b-7075-aad2-008bda27dc7c"net(‹äïÃÊ3b%#
	10.0.0.3510.0.0.1›Ñ *tcp0
]
$019ca87b-f261-79b8-81f7-f1f8cc0e0d24"net(áäïÃÊ3b%#
	10.0.0.3710.0.0.1ÔÉ ½*tcp0
X
$019ca87b-f2a8-7b3b-86a5-9cf8cf0b2d31"svc-monitor(¨åïÃÊ3r

zedrunning­0 â(
s
$019ca87b-f2fb-7925-9dd1-37b192817972"zfs-auto-snap(ûåïÃÊ3Z1"/
tank/home@auto-01208	tank/homeÅíÍ ÀÑ†(
m
$019ca87b-f33f-7576-829d-dc848bab6f4d"zfs-auto-snap(¿æïÃÊ3Z+")
tank/home@auto-01189	tank/homeÅíÍ(
]
$019ca87b-f3b8-704e-88a8-d4a09d94f53d"net(¸çïÃÊ3b%#
	10.0.0.3610.0.0.1öÊ ½*tcp0
`
$019ca87b-f3fe-7fba-8fd0-ac3c297b34a4"svc-monitor(şçïÃÊ3r 

rodent-syncrunningú; ã(
L
$019ca87b-f459-7cb0-9f93-dcdb1e27729d"disk-monitor(ÙèïÃÊ3Z2	
sde 
L
$019ca87b-f4d4-7aa5-aadd-db26eaaa908f"disk-monitor(ÔéïÃÊ3Z2	
sdb$
_
$019ca87b-f53d-7116-8f68-da130ae0f497"net(½êïÃÊ3b'%
192.168.1.1110.0.0.1ÔÔ *tcp0
L
$019ca87b-f598-7f08-99f4-b0da832342a5"disk-monitor(˜ëïÃÊ3Z2	
sdb&
_
$019ca87b-f5ee-72c9-9c8b-91c13155e85f"net(îëïÃÊ3b'%
192.168.1.4510.0.0.1¶µ *tcp0
\
$019ca87b-f620-7f9a-baf7-ba4b50ec8b6e"net( ìïÃÊ3b$"
10.0.0.810.0.0.1ú¼ ½*tcp0
L
$019ca87b-f636-74dd-a665-940097915e18"disk-monitor(¶ìïÃÊ3Z2	
sdb"
`
$019ca87b-f693-7705-8c90-b025021b76e4"svc-monitor(“íïÃÊ3r 

rodent-syncrunningú; ã(
]
$019ca87b-f70e-7aac-b6fa-eea5e125acef"net(îïÃÊ3b%#
	10.0.0.1310.0.0.1¾¾ ½*tcp0
L
$019ca87b-f742-72a2-afb1-8b396d17eb60"disk-monitor(ÂîïÃÊ3Z2	
sde'
L
$019ca87b-f764-72ac-93fb-7bfd167855af"disk-monitor(äîïÃÊ3Z2	
sdd
L
$019ca87b-f788-7698-afc6-e84b2993ecad"disk-monitor(ˆïïÃÊ3Z2	
sde
L
$019ca87b-f7fc-7c56-a5cd-c9d5dfead065"disk-monitor(üïïÃÊ3Z2	
sdb#
X
$019ca87b-f828-7357-b9f7-e858d060f0bc"svc-monitor(¨ğïÃÊ3r

zedrunning­0 ä(
_
$019ca87b-f89d-7ad0-86db-8de084f98085"net(ñïÃÊ3b'%
192.168.1.5510.0.0.1ôÅ *tcp0
]
$019ca87b-f917-716c-8dd1-47a902164a07"net(—òïÃÊ3b%#
	10.0.0.1710.0.0.1Õ÷ ½*tcp0
Y
$019ca87b-f957-7aee-adcf-68907068ce31"svc-monitor(×òïÃÊ3r

nfsdrunningÔ ä(
L
$019ca87b-f9a9-70b9-bdd6-989e5213050a"disk-monitor(©óïÃÊ3Z2	
sdd"
]
$019ca87b-fa17-7428-9e55-371314111745"net(—ôïÃÊ3b%#
	10.0.0.3910.0.0.1‰à ½*tcp0
L
$019ca87b-fa6f-7f35-b057-efedb28e0fe5"disk-monitor(ïôïÃÊ3Z2	
sda#
t
$019ca87b-fad8-73a2-9441-a05c266fd2f9"auth(ØõïÃÊ32

session_idsess-558j#
!
alicepassword192.168.1.30 
]
$019ca87b-fb4f-767b-b877-e23f87408ea2"net(ÏöïÃÊ3b%#
	10.0.0.3910.0.0.1ÇŞ *tcp0
}
$019ca87b-fb8e-7120-8ebe-820fa770dd0f"zfs-auto-snap(÷ïÃÊ3Z;"9
backup/archive@auto-01209backup/archiveÇíÍ À‡ıÿ(
w
$019ca87b-fbb8-7dd8-b2a5-6cbb69a1e8c5"zfs-auto-snap(¸÷ïÃÊ3Z5"3
backup/archive@auto-01193backup/archiveÇíÍ(
Z
$019ca87b-fc06-7882-bbe7-6308c4c9a64f"svc-monitor(†øïÃÊ3r

smbdrunning›Á å(
]
$019ca87b-fc0f-7a26-a491-ef44af184dd7"net(øïÃÊ3b%#
	10.0.0.2810.0.0.1ÙÈ ½*tcp0
\
$019ca87b-fc65-73cd-aac4-c56e189981b0"net(åøïÃÊ3b$"
10.0.0.910.0.0.1©› ½*tcp0
L
$019ca87b-fcca-7c0b-8953-2d414bfb47be"disk-monitor(ÊùïÃÊ3Z2	
sda%
L
$019ca87b-fd1d-740e-84c3-bb99bc935d40"disk-monitor(úïÃÊ3Z2	
sda'
L
$019ca87b-fd3b-7fb6-83ad-e68df23349ce"disk-monitor(»úïÃÊ3Z2	
sde%
L
$019ca87b-fd65-7ab1-a85e-7b78ff90a4c6"disk-monitor(åúïÃÊ3Z2	
sdd
L
$019ca87b-fdd7-79e6-b480-80c9aec99f68"disk-monitor(×ûïÃÊ3Z2	
sda
]
$019ca87b-fe4d-79c6-b319-d2ff39c7c9ac"net(ÍüïÃÊ3b%#
	10.0.0.2310.0.0.1¦í ½*tcp0
Y
$019ca87b-fe84-79ce-a249-d7960523c05d"svc-monitor(„ıïÃÊ3r

sshdrunning¢3 æ(
]
$019ca87b-fed1-7cfa-838b-31feeb520898"net(ÑıïÃÊ3b%#
	10.0.0.1510.0.0.1ô’ *tcp0
s
$019ca87b-ff36-7916-8f27-b9ee03da1092"zfs-auto-snap(¶şïÃÊ3Z1"/
tank/home@auto-01210	tank/homeÈíÍ Àíû‰(
m
$019ca87b-ff82-7c9d-9535-5ea66785aa49"zfs-auto-snap(‚ÿïÃÊ3Z+")
tank/home@auto-01191	tank/homeÈíÍ(
Y
$019ca87b-fffe-704a-be31-34dc065c7b91"svc-monitor(şÿïÃÊ3r

sshdrunning¢3 æ(
]
$019ca87c-0062-7562-95a2-a6b739d34616"net(â€ğÃÊ3b%#
	10.0.0.3610.0.0.1¬í *tcp0
Y
$019ca87c-00b5-77a5-ab08-a559403960e8"svc-monitor(µğÃÊ3r

nfsdrunningÔ ç(
u
$019ca87c-010a-7d89-9afe-a74a24b25751"zfs-auto-snap(Š‚ğÃÊ3Z3"1
tank/media@auto-01211
tank/mediaÈíÍ €ıÏ¡(
o
$019ca87c-0126-7af7-b2cf-cc498fe3995b"zfs-auto-snap(¦‚ğÃÊ3Z-"+
tank/media@auto-01203
tank/mediaÈíÍ(
t
$019ca87c-019c-7233-9563-460dde6b407a"auth(œƒğÃÊ32

session_idsess-558j#
!
alicepassword192.168.1.37 
]
$019ca87c-01ed-7344-9d0a-03e9e26e5c0c"net(íƒğÃÊ3b%#
	10.0.0.2110.0.0.1‡ƒ ½*tcp0
Y
$019ca87c-020a-7a29-a2b4-b229cb8fbb3d"svc-monitor(Š„ğÃÊ3r

sshdrunning¢3 ç(
]
$019ca87c-021b-724c-b6bb-a8b90c694add"net(›„ğÃÊ3b%#
	10.0.0.1810.0.0.1“Ğ *tcp0
]
$019ca87c-024a-7d98-8900-6dd289532c6e"net(Ê„ğÃÊ3b%#
	10.0.0.1610.0.0.1ßÒ ½*tcp0
_
$019ca87c-02a8-7b2d-b5e0-ecdc19bde1e1"net(¨…ğÃÊ3b'%
192.168.1.3910.0.0.1¡¯ *tcp0
X
$019ca87c-030d-7d6f-8eeb-de9640a8e31f"svc-monitor(†ğÃÊ3r

zedrunning­0 è(
Y
$019ca87c-0320-7abb-94d1-30f9960fe53a"svc-monitor( †ğÃÊ3r

nfsdrunningÔ è(
_
$019ca87c-032e-7a3e-92f1-f5632a065d01"net(®†ğÃÊ3b'%
192.168.1.4210.0.0.1–½ *tcp0
]
$019ca87c-0387-7383-b180-ae58824b7c6a"net(‡‡ğÃÊ3b%#
	10.0.0.2410.0.0.1Åâ ½*tcp0
t
$019ca87c-03f6-784f-9bcf-f0aa7e503f12"auth(ö‡ğÃÊ32

session_idsess-559j#
!
alicepassword192.168.1.45 
L
$019ca87c-0438-7bad-9fe0-443e89cec409"disk-monitor(¸ˆğÃÊ3Z2	
sdd'
]
$019ca87c-0495-739f-b0ac-603bb5a4b5ab"net(•‰ğÃÊ3b%#
	10.0.0.3410.0.0.1å¹ ½*tcp0
L
$019ca87c-04ff-76c4-a8cf-1a8888cd7da9"disk-monitor(ÿ‰ğÃÊ3Z2	
sda 
Y
$019ca87c-056a-7f0c-a21d-b1a37ed45728"svc-monitor(êŠğÃÊ3r

sshdrunning¢3 è(
Z
$019ca87c-05df-789b-8322-cf37c965b19e"svc-monitor(ß‹ğÃÊ3r

smbdrunning›Á è(
Y
$019ca87c-0646-7e7a-8675-789cdfbf0b6a"svc-monitor(ÆŒğÃÊ3r

sshdrunning¢3 é(
X
$019ca87c-069c-7d51-9bbd-23242322532e"svc-monitor(œğÃÊ3r

zedrunning­0 é(
L
$019ca87c-06ae-7ee3-a06a-abdbc6ff1454"disk-monitor(®ğÃÊ3Z2	
sdb!
]
$019ca87c-070f-7c26-aafe-2d7f9331046e"net(ğÃÊ3b%#
	10.0.0.2810.0.0.1º¼ ½*tcp0
]
$019ca87c-0747-7526-ae04-d45c25fe5795"net(ÇğÃÊ3b%#
	10.0.0.1010.0.0.1è… ½*tcp0
]
$019ca87c-07bf-7f42-81fd-814085625651"net(¿ğÃÊ3b%#
	10.0.0.2310.0.0.1Š ½*tcp0
X
$019ca87c-0805-734e-ba85-c3e1921d5c83"svc-monitor(…ğÃÊ3r

zedrunning­0 é(
Y
$019ca87c-0863-7fd7-a53a-bda7b836398f"svc-monitor(ãğÃÊ3r

sshdrunning¢3 é(
s
$019ca87c-089c-7612-b929-084692532505"auth(œ‘ğÃÊ32

session_idsess-560j"
 
davepassword192.168.1.32 
Z
$019ca87c-0901-789d-a842-d96900c5841a"svc-monitor(’ğÃÊ3r

smbdrunning›Á é(
`
$019ca87c-0970-7c5c-8035-0defd7c981a6"svc-monitor(ğ’ğÃÊ3r 

rodent-syncrunningú; ê(
Y
$019ca87c-099f-7eef-b240-f470d8c4f07c"svc-monitor(Ÿ“ğÃÊ3r

nfsdrunningÔ ê(
L
$019ca87c-09a7-7d0e-98c8-dc6a3137683b"disk-monitor(§“ğÃÊ3Z2	
sda'
L
$019ca87c-09f1-75f4-b369-71ffff97c241"disk-monitor(ñ“ğÃÊ3Z2	
sdd!
L
$019ca87c-0a1e-7672-bed7-d51a307fc8dc"disk-monitor(”ğÃÊ3Z2	
sda&
]
$019ca87c-0a4d-7787-bc6c-270a214a89dc"net(Í”ğÃÊ3b%#
	10.0.0.3110.0.0.1¼ ½*tcp0
]
$019ca87c-0abc-7caa-94dc-c7ae3f023f5a"net(¼•ğÃÊ3b%#
	10.0.0.1510.0.0.1­ô *tcp0
L
$019ca87c-0b07-747b-8249-6ae1fdf679a6"disk-monitor(‡–ğÃÊ3Z2	
sde"
L
$019ca87c-0b13-7cd3-b3b3-5b8e28a4c6e5"disk-monitor(“–ğÃÊ3Z2	
sdd#
L
$019ca87c-0b1d-7d23-a93a-03ce705fae95"disk-monitor(–ğÃÊ3Z2	
sdd 
\
$019ca87c-0b90-7efc-87bb-aa755746ceee"net(—ğÃÊ3b$"
10.0.0.510.0.0.1¸ *tcp0
]
$019ca87c-0bde-7e41-9c53-10bd892a5e79"net(Ş—ğÃÊ3b%#
	10.0.0.1710.0.0.1Ù ½*tcp0
t
$019ca87c-0c24-787b-be73-7c12b5e533ee"auth(¤˜ğÃÊ32

session_idsess-561j#
!
carolpassword192.168.1.53 
L
$019ca87c-0c3f-7c59-83d7-d1c051a39713"disk-monitor(¿˜ğÃÊ3Z2	
sdb#
t
$019ca87c-0c81-72d3-a72b-6a615b025f80"auth(™ğÃÊ32

session_idsess-559j#
!
alicepassword192.168.1.49 
X
$019ca87c-0cd8-7622-be54-0c56207d4a76"svc-monitor(Ø™ğÃÊ3r

zedrunning­0 ë(
`
$019ca87c-0d19-7ea1-819d-846255c23b92"svc-monitor(™šğÃÊ3r 

rodent-syncrunningú; ë(
X
$019ca87c-0d31-750f-9261-8d654b836e52"svc-monitor(±šğÃÊ3r

zedrunning­0 ë(
]
$019ca87c-0d63-74b2-96c6-8227618ab6a2"net(ãšğÃÊ3b%#
	10.0.0.2410.0.0.1Ğû *tcp0
]
$019ca87c-0dab-77ca-a157-464fdc58a806"net(«›ğÃÊ3b%#
	10.0.0.3410.0.0.1Á” *tcp0
]
$019ca87c-0e0b-743a-aeb1-654efb63574d"net(‹œğÃÊ3b%#
	10.0.0.2610.0.0.1ÔÓ ½*tcp0
Z
$019ca87c-0e17-769c-8929-d135637badc9"svc-monitor(—œğÃÊ3r

smbdrunning›Á ì(
]
$019ca87c-0e5a-7b8e-ae74-fb6b3c85b386"net(ÚœğÃÊ3b%#
	10.0.0.3110.0.0.1Ê± *tcp0
L
$019ca87c-0e8b-7885-ba5b-0917c3ae0401"disk-monitor(‹ğÃÊ3Z2	
sdb%
Y
$019ca87c-0f03-782b-ba25-01c34e4cce94"svc-monitor(ƒğÃÊ3r

sshdrunning¢3 ì(
]
$019ca87c-0f47-7c78-804f-c83aab219bd1"net(ÇğÃÊ3b%#
	10.0.0.2010.0.0.1¾ä *tcp0
}
$019ca87c-0f94-75cf-9a1e-0762d012fef4"zfs-auto-snap(”ŸğÃÊ3Z;"9
backup/archive@auto-01212backup/archiveÌíÍ €†¸®(
w
$019ca87c-0fcb-7e07-bd95-e2a569e5c6a5"zfs-auto-snap(ËŸğÃÊ3Z5"3
backup/archive@auto-01197backup/archiveÌíÍ(
Y
$019ca87c-1024-74b4-82ae-e4158a433f0b"svc-monitor(¤ ğÃÊ3r

nfsdrunningÔ ì(
}
$019ca87c-1055-72a3-9275-a20f56ee1d24"zfs-auto-snap(Õ ğÃÊ3Z;"9
backup/archive@auto-01213backup/archiveÌíÍ ÀïÙÉ(
w
$019ca87c-109e-7c57-ace7-e86180479bd1"zfs-auto-snap(¡ğÃÊ3Z5"3
backup/archive@auto-01199backup/archiveÌíÍ(
]
$019ca87c-111a-7902-b2a9-f4b9174bff2d"net(š¢ğÃÊ3b%#
	10.0.0.3410.0.0.1Ïº *tcp0
Z
$019ca87c-1165-7b33-9f62-0fd08e5244b8"svc-monitor(å¢ğÃÊ3r

smbdrunning›Á í(
L
$019ca87c-1182-7bde-9936-f2cbb4de1e60"disk-monitor(‚£ğÃÊ3Z2	
sda!
L
$019ca87c-11df-719e-b6ee-7f8e278cdee3"disk-monitor(ß£ğÃÊ3Z2	
sde
s
$019ca87c-11f4-7da9-9af2-60f5188de5f8"auth(ô£ğÃÊ32

session_idsess-560j"
 
davepassword192.168.1.58 
Y
$019ca87c-1266-70c4-abc4-6f7effca8b6a"svc-monitor(æ¤ğÃÊ3r

nfsdrunningÔ í(
L
$019ca87c-12ab-73ef-8d2e-d71c8c7e442a"disk-monitor(«¥ğÃÊ3Z2	
sdb%
]
$019ca87c-1311-7c54-a08c-e3d70156d1a5"net(‘¦ğÃÊ3b%#
	10.0.0.1910.0.0.1ª° ½*tcp0
t
$019ca87c-1350-7be4-86df-a8c3d8e5c140"auth(Ğ¦ğÃÊ32

session_idsess-561j#
!
carolpassword192.168.1.13 
L
$019ca87c-13c2-77f1-957b-a0f3a7c704e6"disk-monitor(Â§ğÃÊ3Z2	
sda"
Z
$019ca87c-13e3-7057-a84d-293296b2613e"svc-monitor(ã§ğÃÊ3r

smbdrunning›Á î(
X
$019ca87c-1446-7299-b284-4db3f65cad8d"svc-monitor(Æ¨ğÃÊ3r

zedrunning­0 î(
s
$019ca87c-145f-79ae-8070-4af5daa803af"auth(ß¨ğÃÊ32

session_idsess-562j"
 
davepassword192.168.1.30 
L
$019ca87c-14ca-79a0-8106-76d6d4137b14"disk-monitor(Ê©ğÃÊ3Z2	
sda 
`
$019ca87c-151b-742e-a02e-5a651b03e752"svc-monitor(›ªğÃÊ3r 

rodent-syncrunningú; î(
L
$019ca87c-152f-7fa6-b443-c0939167f0bb"disk-monitor(¯ªğÃÊ3Z2	
sdb"
Y
$019ca87c-1559-7d5d-9d7f-7ec8776ab448"svc-monitor(ÙªğÃÊ3r

nfsdrunningÔ î(
L
$019ca87c-15b5-7dbe-9739-000cecfb9ee6"disk-monitor(µ«ğÃÊ3Z2	
sdb!
L
$019ca87c-15d1-76b9-a51c-793029973c59"disk-monitor(Ñ«ğÃÊ3Z2	
sdd$
Z
$019ca87c-15da-761b-95f2-ffc7dab47db3"svc-monitor(Ú«ğÃÊ3r

smbdrunning›Á ï(
]
$019ca87c-161a-78e3-8827-91e62ad29073"net(š¬ğÃÊ3b%#
	10.0.0.3110.0.0.1ËÍ ½*tcp0
]
$019ca87c-166a-71c8-901e-dc142c902e51"net(ê¬ğÃÊ3b%#
	10.0.0.2310.0.0.1Û® ½*tcp0
]
$019ca87c-16a1-77f3-9325-ec3f06feb9ad"net(¡­ğÃÊ3b%#
	10.0.0.2510.0.0.1äÌ *tcp0
L
$019ca87c-171a-7a5b-b317-106a76f40af4"disk-monitor(š®ğÃÊ3Z2	
sda&
L
$019ca87c-176b-75b4-90b6-56f275befb2b"disk-monitor(ë®ğÃÊ3Z2	
sdb"
L
$019ca87c-17d0-7f17-9e9a-01c7d27242a4"disk-monitor(Ğ¯ğÃÊ3Z2	
sde
L
$019ca87c-1830-7cff-af8f-7eb65a5320d5"disk-monitor(°°ğÃÊ3Z2	
sdd!
`
$019ca87c-1882-7984-b5cf-6b06540c9af0"svc-monitor(‚±ğÃÊ3r 

rodent-syncrunningú; ï(
}
$019ca87c-18fc-72c8-887c-2eb7ba871635"zfs-auto-snap(ü±ğÃÊ3Z;"9
backup/archive@auto-01214backup/archiveÎíÍ €â¢È(
w
$019ca87c-1958-7259-953d-a507c377a248"zfs-auto-snap(Ø²ğÃÊ3Z5"3
backup/archive@auto-01200backup/archiveÏíÍ(
]
$019ca87c-1997-7160-bca0-931d37b53f57"net(—³ğÃÊ3b%#
	10.0.0.3310.0.0.1¼Î *tcp0
]
$019ca87c-19f1-7bdf-8c58-de07c6d8025f"net(ñ³ğÃÊ3b%#
	10.0.0.1810.0.0.1‘à *tcp0
s
$019ca87c-1a0b-7d4f-b06f-7541576b4661"auth(‹´ğÃÊ32

session_idsess-563j"
 
davepassword192.168.1.41 
L
$019ca87c-1a6f-73a5-866a-39a2195eb1f1"disk-monitor(ï´ğÃÊ3Z2	
sdb
L
$019ca87c-1a7b-74bb-8bfa-e7e2aeac60b9"disk-monitor(û´ğÃÊ3Z2	
sdb"
L
$019ca87c-1a9f-73f6-bf58-6826b5ed5b99"disk-monitor(ŸµğÃÊ3Z2	
sde!
Y
$019ca87c-1b14-7323-adbb-ae21a83995f8"svc-monitor(”¶ğÃÊ3r

sshdrunning¢3 ğ(
\
$019ca87c-1b6e-705f-8cdf-03bd13951afb"net(î¶ğÃÊ3b$"
10.0.0.410.0.0.1óÅ *tcp0
]
$019ca87c-1b92-74c8-a927-780bf5177479"net(’·ğÃÊ3b%#
	10.0.0.1610.0.0.1üú *tcp0
]
$019ca87c-1bd8-7dea-8d3e-3cf082336181"net(Ø·ğÃÊ3b%#
	10.0.0.2010.0.0.1ÇÎ *tcp0
]
$019ca87c-1c33-7082-a156-fa88a74462b1"net(³¸ğÃÊ3b%#
	10.0.0.2110.0.0.1ÃÁ *tcp0
X
$019ca87c-1c7a-7b5c-aeb9-9f706e3b3fd0"svc-monitor(ú¸ğÃÊ3r

zedrunning­0 ñ(
r
$019ca87c-1c9a-7dec-9628-d9e165f8a765"auth(š¹ğÃÊ32

session_idsess-564j!

bobpassword192.168.1.37 
]
$019ca87c-1cdd-75a7-b167-3184287062a0"net(İ¹ğÃÊ3b%#
	10.0.0.3910.0.0.1ƒê *tcp0
Y
$019ca87c-1ceb-7615-952e-188d0bef213b"svc-monitor(ë¹ğÃÊ3r

sshdrunning¢3 ñ(
]
$019ca87c-1d3a-7790-9947-d19e5295d859"net(ººğÃÊ3b%#
	10.0.0.2010.0.0.1“» *tcp0
]
$019ca87c-1db5-79ca-9586-92ca5ed602f0"net(µ»ğÃÊ3b%#
	10.0.0.3910.0.0.1³± *tcp0
\
$019ca87c-1e17-7ec8-a213-106d87f62e33"net(—¼ğÃÊ3b$"
10.0.0.510.0.0.1± ½*tcp0
]
$019ca87c-1e43-789d-b574-f7b0b658a838"net(Ã¼ğÃÊ3b%#
	10.0.0.2610.0.0.1£ô ½*tcp0
`
$019ca87c-1e88-7523-9bf3-c4bfdb665314"svc-monitor(ˆ½ğÃÊ3r 

rodent-syncrunningú; ò(
s
$019ca87c-1ec0-70a2-b77d-38e8209f0b94"auth(À½ğÃÊ32

session_idsess-562j"
 
davepassword192.168.1.44 
L
$019ca87c-1f13-74b5-be74-82b6fbf141f6"disk-monitor(“¾ğÃÊ3Z2	
sdd&
L
$019ca87c-1f4c-781b-980a-b26ed7cdeea0"disk-monitor(Ì¾ğÃÊ3Z2	
sde
t
$019ca87c-1f70-7b4a-a8f0-507cdbdec48f"auth(ğ¾ğÃÊ32

session_idsess-565j#
!
carolpassword192.168.1.48 
L
$019ca87c-1fc6-74b8-8a35-695136cc8a95"disk-monitor(Æ¿ğÃÊ3Z2	
sda
L
$019ca87c-1ff6-79db-b2c3-202b67196142"disk-monitor(ö¿ğÃÊ3Z2	
sdd 
]
$019ca87c-205b-7511-8433-12443588a9cb"net(ÛÀğÃÊ3b%#
	10.0.0.2810.0.0.1ŠÉ ½*tcp0
`
$019ca87c-2089-7848-9f09-fed872e03663"svc-monitor(‰ÁğÃÊ3r 

rodent-syncrunningú; ò(
s
$019ca87c-20c1-7c35-ad5e-106a02a0f5d1"auth(ÁÁğÃÊ32

session_idsess-563j"
 
davepassword192.168.1.55 
Y
$019ca87c-2109-7834-8989-f467e7b93713"svc-monitor(‰ÂğÃÊ3r

sshdrunning¢3 ó(
r
$019ca87c-2164-7c71-b39f-726970fd722a"auth(äÂğÃÊ32

session_idsess-564j!

bobpassword192.168.1.46 
t
$019ca87c-21a8-700c-b290-0c55dc1d76d9"auth(¨ÃğÃÊ32

session_idsess-565j#
!
carolpassword192.168.1.52 
t
$019ca87c-2207-7870-bb06-4e6562c58ada"auth(‡ÄğÃÊ32

session_idsess-566j#
!
alicepassword192.168.1.14 
L
$019ca87c-222a-739d-bb36-f86bbcc01a75"disk-monitor(ªÄğÃÊ3Z2	
sdd'
`
$019ca87c-227c-7222-9042-2f26e620711c"svc-monitor(üÄğÃÊ3r 

rodent-syncrunningú; ó(
s
$019ca87c-22de-71f0-ac2a-120eeb13a320"auth(ŞÅğÃÊ32

session_idsess-567j"
 
davepassword192.168.1.11 
L
$019ca87c-235a-7379-a0f0-6bb22ed3d7e3"disk-monitor(ÚÆğÃÊ3Z2	
sde"
\
$019ca87c-239a-76cc-b5ce-7e263d386ab3"net(šÇğÃÊ3b$"
10.0.0.310.0.0.1ò¼ *tcp0
Z
$019ca87c-23e1-7366-a1de-1c1dbc07ca40"svc-monitor(áÇğÃÊ3r

smbdrunning›Á ó(
L
$019ca87c-241a-735e-be4b-343d6c009ddc"disk-monitor(šÈğÃÊ3Z2	
sde#
]
$019ca87c-248c-79b7-98e4-2bfd9f2cec6c"net(ŒÉğÃÊ3b%#
	10.0.0.1410.0.0.1Éª *tcp0
]
$019ca87c-2495-703c-b02b-21549cf8d854"net(•ÉğÃÊ3b%#
	10.0.0.4010.0.0.1¦¼ *tcp0
\
$019ca87c-24d2-7fd3-8423-f6e18704741f"net(ÒÉğÃÊ3b$"
10.0.0.810.0.0.1µò ½*tcp0
\
$019ca87c-250c-75f2-9c53-d5be5d9433e7"net(ŒÊğÃÊ3b$"
10.0.0.510.0.0.1£µ *tcp0
]
$019ca87c-2526-7c48-a1c7-d99c5d7dad57"net(¦ÊğÃÊ3b%#
	10.0.0.3610.0.0.1×– *tcp0
L
$019ca87c-255b-7e4f-a667-e557f9ebf310"disk-monitor(ÛÊğÃÊ3Z2	
sda'
]
$019ca87c-2585-75b4-892f-8152974bab37"net(…ËğÃÊ3b%#
	10.0.0.3610.0.0.1”Ò *tcp0
L
$019ca87c-25cf-7da9-971a-bd270e828653"disk-monitor(ÏËğÃÊ3Z2	
sde"
Z
$019ca87c-25e5-7620-a8a2-064ab04a988e"svc-monitor(åËğÃÊ3r

smbdrunning›Á ô(
Y
$019ca87c-2656-7889-948e-7ecf7e779291"svc-monitor(ÖÌğÃÊ3r

sshdrunning¢3 õ(
`
$019ca87c-2671-719f-a674-934650d96e86"svc-monitor(ñÌğÃÊ3r 

rodent-syncrunningú; õ(
]
$019ca87c-26e2-77b7-b2cc-9daeb702fa9d"net(âÍğÃÊ3b%#
	10.0.0.2510.0.0.1¸„ *tcp0
Y
$019ca87c-26ea-7c22-9bcd-97806131516d"svc-monitor(êÍğÃÊ3r

sshdrunning¢3 õ(
Z
$019ca87c-271e-72ca-b1e3-12e4342d473b"svc-monitor(ÎğÃÊ3r

smbdrunning›Á õ(
Z
$019ca87c-2726-7e93-9b84-35ee17d1a5aa"svc-monitor(¦ÎğÃÊ3r

smbdrunning›Á õ(
\
$019ca87c-2754-7dfc-9ab5-46f56374ae36"net(ÔÎğÃÊ3b$"
10.0.0.210.0.0.1åĞ *tcp0
Y
$019ca87c-2798-7bb7-aa5e-7232631ca185"svc-monitor(˜ÏğÃÊ3r

sshdrunning¢3 õ(
L
$019ca87c-279d-75ef-8477-e8a36dfab1cf"disk-monitor(ÏğÃÊ3Z2	
sde#
L
$019ca87c-27a8-7862-9ca1-97be3c55ea8f"disk-monitor(¨ÏğÃÊ3Z2	
sdd"
Y
$019ca87c-27b7-788e-aa0c-f1f675eac447"svc-monitor(·ÏğÃÊ3r

nfsdrunningÔ ö(
Z
$019ca87c-27ee-7028-afcf-cfabb0c7ae0d"svc-monitor(îÏğÃÊ3r

smbdrunning›Á ö(
}
$019ca87c-2842-7e7b-a8ea-c66d9947fa81"zfs-auto-snap(ÂĞğÃÊ3Z;"9
backup/archive@auto-01215backup/archiveÒíÍ €ĞÛ¨(
w
$019ca87c-2860-7e58-b550-71d31bddf6d0"zfs-auto-snap(àĞğÃÊ3Z5"3
backup/archive@auto-01209backup/archiveÓíÍ(
t
$019ca87c-28be-77fe-b66d-83f1225bf4fc"auth(¾ÑğÃÊ32

session_idsess-566j#
!
alicepassword192.168.1.13 
`
$019ca87c-290e-7eb0-9b25-bd56e44f17a0"svc-monitor(ÒğÃÊ3r 

rodent-syncrunningú; ö(
L
$019ca87c-2961-7ecd-8417-ef7d502c2e5c"disk-monitor(áÒğÃÊ3Z2	
sda!
]
$019ca87c-2984-70e2-b1aa-b03be7eef71d"net(„ÓğÃÊ3b%#
	10.0.0.4010.0.0.1¤” ½*tcp0
Y
$019ca87c-2991-7d45-ba4c-b65ddef3ed1e"svc-monitor(‘ÓğÃÊ3r

sshdrunning¢3 ö(
\
$019ca87c-29e4-7138-b00f-38e061eb5055"net(äÓğÃÊ3b$"
10.0.0.410.0.0.1‰ì *tcp0
L
$019ca87c-2a22-7cb1-8c64-6bcc8f1193e1"disk-monitor(¢ÔğÃÊ3Z2	
sde'
Y
$019ca87c-2a93-7573-93d5-e73ea60bbd6b"svc-monitor(“ÕğÃÊ3r

sshdrunning¢3 ÷(
]
$019ca87c-2ab9-71de-a729-101e15a33b66"net(¹ÕğÃÊ3b%#
	10.0.0.3510.0.0.1‰ê *tcp0
]
$019ca87c-2b11-743f-8ea7-bcfca4730db5"net(‘ÖğÃÊ3b%#
	10.0.0.3310.0.0.1€¢ ½*tcp0
s
$019ca87c-2b70-7a8b-81ca-45f6cf0a0839"auth(ğÖğÃÊ32

session_idsess-568j"
 
davepassword192.168.1.27 
s
$019ca87c-2b8b-7967-bbe4-f2842420ba88"auth(‹×ğÃÊ32

session_idsess-567j"
 
davepassword192.168.1.55 
L
$019ca87c-2bc5-7c4d-831e-d4049ab96531"disk-monitor(Å×ğÃÊ3Z2	
sdd%
Y
$019ca87c-2c28-7d05-a0a4-68dc9066cc44"svc-monitor(¨ØğÃÊ3r

nfsdrunningÔ ÷(
L
$019ca87c-2c85-719e-8877-ac5dbc1454b0"disk-monitor(…ÙğÃÊ3Z2	
sda
L
$019ca87c-2cc6-73d1-a657-3c18fe8af7c6"disk-monitor(ÆÙğÃÊ3Z2	
sdb
\
$019ca87c-2d1f-7c0f-a0a5-099c16debd61"net(ŸÚğÃÊ3b$"
10.0.0.710.0.0.1¹Ó *tcp0
L
$019ca87c-2d7c-71bb-90bd-515179242ff2"disk-monitor(üÚğÃÊ3Z2	
sdd$
`
$019ca87c-2d82-731f-8adb-ce068e2d3235"svc-monitor(‚ÛğÃÊ3r 

rodent-syncrunningú; ø(
L
$019ca87c-2d9d-727e-b1ab-7fed0638ec5b"disk-monitor(ÛğÃÊ3Z2	
sda#
L
$019ca87c-2dfd-76ae-af1d-29ad1cba6c69"disk-monitor(ıÛğÃÊ3Z2	
sdb#
s
$019ca87c-2e2f-7029-a1c9-fe4e63a28635"zfs-auto-snap(¯ÜğÃÊ3Z1"/
tank/home@auto-01216	tank/homeÔíÍ €„­Œ(
m
$019ca87c-2e8e-7fd1-b2b6-8d9eabbf682e"zfs-auto-snap(İğÃÊ3Z+")
tank/home@auto-01196	tank/homeÔíÍ(
L
$019ca87c-2efb-761e-9e46-8dad3d7ca34b"disk-monitor(ûİğÃÊ3Z2	
sda&
]
$019ca87c-2f5b-703d-b302-33cf8c9e41e5"net(ÛŞğÃÊ3b%#
	10.0.0.3910.0.0.1÷„ *tcp0
\
$019ca87c-2fcc-72ce-a0f4-2a2d64181b3d"net(ÌßğÃÊ3b$"
10.0.0.310.0.0.1Ÿè *tcp0
Z
$019ca87c-2fe5-7ef3-9943-fae22d4122e9"svc-monitor(åßğÃÊ3r

smbdrunning›Á ù(
Z
$019ca87c-305c-7799-bd72-44eb0b006b4a"svc-monitor(ÜàğÃÊ3r

smbdrunning›Á ù(
s
$019ca87c-307d-744a-8235-310df408472c"auth(ıàğÃÊ32

session_idsess-569j"
 
davepassword192.168.1.19 
Z
$019ca87c-309b-746a-9524-a5e9d8fe71ed"svc-monitor(›áğÃÊ3r

smbdrunning›Á ù(
Z
$019ca87c-30a6-74f6-bdeb-353c9d028115"svc-monitor(¦áğÃÊ3r

smbdrunning›Á ù(
s
$019ca87c-3110-797b-891e-52ce46ed3aec"auth(âğÃÊ32

session_idsess-568j"
 
davepassword192.168.1.16 
]
$019ca87c-3137-778b-b0a9-b4ce1d4927c0"net(·âğÃÊ3b%#
	10.0.0.1010.0.0.1›³ ½*tcp0
]
$019ca87c-31b1-7b7d-b053-0df7a4bff11a"net(±ãğÃÊ3b%#
	10.0.0.3410.0.0.1Ê¹ ½*tcp0
t
$019ca87c-31c9-7b84-9adb-4cf2f2940dfa"auth(ÉãğÃÊ32

session_idsess-570j#
!
carolpassword192.168.1.32 
X
$019ca87c-3234-72a3-a97a-8a4bd4b0fda1"svc-monitor(´äğÃÊ3r

zedrunning­0 ù(
L
$019ca87c-32a1-7cb0-a944-8079e2166440"disk-monitor(¡åğÃÊ3Z2	
sda!
]
$019ca87c-32db-7fb8-b371-3c819fa86aa4"net(ÛåğÃÊ3b%#
	10.0.0.3810.0.0.1ıÒ *tcp0
u
$019ca87c-3341-7b71-8417-75be6d46ad92"zfs-auto-snap(ÁæğÃÊ3Z3"1
tank/media@auto-01217
tank/mediaÕíÍ €°(
o
$019ca87c-338e-7e31-8664-fbcd8ed81091"zfs-auto-snap(çğÃÊ3Z-"+
tank/media@auto-01205
tank/mediaÕíÍ(
`
$019ca87c-33b3-78c9-8c91-31d747b8e6ae"svc-monitor(³çğÃÊ3r 

rodent-syncrunningú; ú(
Y
$019ca87c-33d4-71c4-8495-4dd13a67a360"svc-monitor(ÔçğÃÊ3r

nfsdrunningÔ ú(
]
$019ca87c-3424-75e2-866e-10743a68494a"net(¤èğÃÊ3b%#
	10.0.0.3810.0.0.1¸— ½*tcp0
]
$019ca87c-344b-7e67-b988-f340e4ec3cf4"net(ËèğÃÊ3b%#
	10.0.0.2210.0.0.1÷û *tcp0
]
$019ca87c-34bb-7793-8371-66dc48b31bd4"net(»éğÃÊ3b%#
	10.0.0.3010.0.0.1Çß *tcp0
X
$019ca87c-34c9-7a5e-9139-48416ce9f8f3"svc-monitor(ÉéğÃÊ3r

zedrunning­0 ú(
]
$019ca87c-352a-760a-b192-9d699778315a"net(ªêğÃÊ3b%#
	10.0.0.1610.0.0.1¶Ö ½*tcp0
X
$019ca87c-3564-7644-a360-ab9ada4570e2"svc-monitor(äêğÃÊ3r

zedrunning­0 û(
]
$019ca87c-356c-7717-a301-fd71f00105d1"net(ìêğÃÊ3b%#
	10.0.0.3110.0.0.1§ ½*tcp0
Z
$019ca87c-35aa-7b2d-8271-b9410011905d"svc-monitor(ªëğÃÊ3r

smbdrunning›Á û(
L
$019ca87c-35e5-7606-89dd-611529148c01"disk-monitor(åëğÃÊ3Z2	
sde%
Y
$019ca87c-3641-7436-94ba-5fb238709397"svc-monitor(ÁìğÃÊ3r

sshdrunning¢3 û(
s
$019ca87c-3698-718a-bfa4-7b123d81499f"auth(˜íğÃÊ32

session_idsess-569j"
 
davepassword192.168.1.15 
t
$019ca87c-36af-7d3e-ab81-6b05e3d134bf"auth(¯íğÃÊ32

session_idsess-570j#
!
carolpassword192.168.1.56 
_
$019ca87c-36bf-7bf9-ba0d-cb07e7171a58"net(¿íğÃÊ3b'%
192.168.1.3610.0.0.1ÍÑ *tcp0
\
$019ca87c-36e0-7d14-9cb3-ef91cd905d22"net(àíğÃÊ3b$"
10.0.0.910.0.0.1ğ *tcp0
Y
$019ca87c-3746-72cc-96b3-a6cc6675215b"svc-monitor(ÆîğÃÊ3r

sshdrunning¢3 ü(
Y
$019ca87c-374b-7788-854c-9a36378fb366"svc-monitor(ËîğÃÊ3r

sshdrunning¢3 ü(
s
$019ca87c-37bd-7bbe-9c7b-d905c63dabc9"auth(½ïğÃÊ32

session_idsess-571j"
 
davepassword192.168.1.45 
L
$019ca87c-37f2-7988-a686-5daa3d641a87"disk-monitor(òïğÃÊ3Z2	
sdd!
]
$019ca87c-3835-73e6-a7d9-acad35add422"net(µğğÃÊ3b%#
	10.0.0.1810.0.0.1”å ½*tcp0
Y
$019ca87c-385d-7498-bcc2-96ecb20716c7"svc-monitor(İğğÃÊ3r

nfsdrunningÔ ü(
L
$019ca87c-38ba-73a8-9317-4028c977f124"disk-monitor(ºñğÃÊ3Z2	
sdb#
L
$019ca87c-391c-76a4-bed0-e06bfc836c30"disk-monitor(œòğÃÊ3Z2	
sdd
r
$019ca87c-3958-775b-8e54-f4a38322162a"zfs-auto-snap(ØòğÃÊ3Z0".
tank/home@auto-01218	tank/home×íÍ ÀÂîJ(
m
$019ca87c-39c0-747a-8a69-47e06e00d71f"zfs-auto-snap(ÀóğÃÊ3Z+")
tank/home@auto-01204	tank/home×íÍ(
Y
$019ca87c-39e4-7fc0-b43c-940b5f861831"svc-monitor(äóğÃÊ3r

sshdrunning¢3 ı(
L
$019ca87c-3a3c-708b-9f8a-ca1fbf66069c"disk-monitor(¼ôğÃÊ3Z2	
sde#
Y
$019ca87c-3a44-7cd3-b599-54064429893f"svc-monitor(ÄôğÃÊ3r

nfsdrunningÔ ı(
L
$019ca87c-3a88-7845-b410-f73b7b5db451"disk-monitor(ˆõğÃÊ3Z2	
sdb"
s
$019ca87c-3ae5-7489-ad6f-07ec60585b05"auth(åõğÃÊ32

session_idsess-571j"
 
davepassword192.168.1.34 
X
$019ca87c-3b5e-792c-912b-b955f324907a"svc-monitor(ŞöğÃÊ3r

zedrunning­0 ı(
}
$019ca87c-3b6a-728b-b751-1380b094c573"zfs-auto-snap(êöğÃÊ3Z;"9
backup/archive@auto-01219backup/archive×íÍ €öÌû(
w
$019ca87c-3ba0-706e-86dd-1e1e455247ed"zfs-auto-snap( ÷ğÃÊ3Z5"3
backup/archive@auto-01212backup/archive×íÍ(
_
$019ca87c-3bc7-78c8-846d-7ade842d9660"net(Ç÷ğÃÊ3b'%
192.168.1.1310.0.0.1±ğ *tcp0
L
$019ca87c-3c3c-7753-8a5e-1180dc8663c3"disk-monitor(¼øğÃÊ3Z2	
sdd 
L
$019ca87c-3c53-7c93-a4f0-7014a39b7d87"disk-monitor(ÓøğÃÊ3Z2	
sda$
Z
$019ca87c-3c66-77c0-a090-14c6c0e8e41e"svc-monitor(æøğÃÊ3r

smbdrunning›Á ş(
L
$019ca87c-3c77-7ce3-988c-b2f379f65f78"disk-monitor(÷øğÃÊ3Z2	
sdd
Z
$019ca87c-3c8a-7eab-9ba7-2be8350cdfbf"svc-monitor(ŠùğÃÊ3r

smbdrunning›Á ş(
]
$019ca87c-3cd5-7dee-ad69-98852ea06ae2"net(ÕùğÃÊ3b%#
	10.0.0.1310.0.0.1ÄÅ ½*tcp0
L
$019ca87c-3d14-7b89-bd4c-48534b6b6e02"disk-monitor(”úğÃÊ3Z2	
sde%
Z
$019ca87c-3d82-7f7d-80cc-d15429e803a9"svc-monitor(‚ûğÃÊ3r

smbdrunning›Á ş(
L
$019ca87c-3d90-7e39-88a0-92d2c1bc375e"disk-monitor(ûğÃÊ3Z2	
sda$
_
$019ca87c-3de5-7aa9-8b98-176fef7b22c0"net(åûğÃÊ3b'%
192.168.1.3310.0.0.1ÛÄ *tcp0
\
$019ca87c-3df4-7bab-99d9-dcfe1d5abc58"net(ôûğÃÊ3b$"
10.0.0.910.0.0.1üÇ *tcp0
Y
$019ca87c-3e69-7c95-a590-1781326003c3"svc-monitor(éüğÃÊ3r

nfsdrunningÔ ÿ(
_
$019ca87c-3e7d-7f3d-8494-49df8ae450a0"net(ıüğÃÊ3b'%
192.168.1.3010.0.0.1ÍÁ *tcp0
s
$019ca87c-3e99-78f1-b552-f403eb34345b"zfs-auto-snap(™ığÃÊ3Z1"/
tank/home@auto-01220	tank/homeØíÍ ÀÎç¡(
m
$019ca87c-3efe-7da7-bc6e-1c5a3c09266e"zfs-auto-snap(şığÃÊ3Z+")
tank/home@auto-01208	tank/homeØíÍ(
\
$019ca87c-3f1d-70cd-8ded-36d7b6751e26"net(şğÃÊ3b$"
10.0.0.210.0.0.1ÒÇ ½*tcp0
_
$019ca87c-3f25-7e4d-b3e2-b85662a61799"net(¥şğÃÊ3b'%
192.168.1.4210.0.0.1Ë¹ *tcp0
Y
$019ca87c-3f7e-7986-ba7c-ce79af6e7968"svc-monitor(şşğÃÊ3r

sshdrunning¢3 ÿ(
]
$019ca87c-3fb9-769b-b083-a830360beb5a"net(¹ÿğÃÊ3b%#
	10.0.0.2910.0.0.1²ß ½*tcp0
L
$019ca87c-3fc9-70c0-8709-10e602eadcce"disk-monitor(ÉÿğÃÊ3Z2	
sde'
s
$019ca87c-3fdd-7424-9d11-839a6c07964f"zfs-auto-snap(İÿğÃÊ3Z1"/
tank/home@auto-01221	tank/homeÙíÍ €¿Œã(
m
$019ca87c-3feb-7be9-8a72-f23f24a11673"zfs-auto-snap(ëÿğÃÊ3Z+")
tank/home@auto-01210	tank/homeÙíÍ(
Y
$019ca87c-4012-745f-8fc3-8094387e3ac6"svc-monitor(’€ñÃÊ3r

sshdrunning¢3 €(
X
$019ca87c-4054-7c24-83bc-719ab9b794a3"svc-monitor(Ô€ñÃÊ3r

zedrunning­0 €(
u
$019ca87c-40a7-7e6c-8b82-022b58c3d0f3"zfs-auto-snap(§ñÃÊ3Z3"1
tank/media@auto-01222
tank/mediaÙíÍ €£ù£(
o
$019ca87c-4112-7a53-86fe-fcd3d9f61605"zfs-auto-snap(’‚ñÃÊ3Z-"+
tank/media@auto-01206
tank/mediaÙíÍ(
]
$019ca87c-414a-7b0d-ad57-a2893918604f"net(Ê‚ñÃÊ3b%#
	10.0.0.4110.0.0.1õŞ ½*tcp0
L
$019ca87c-41a7-72dc-b6f0-77b7c121ca47"disk-monitor(§ƒñÃÊ3Z2	
sde#
L
$019ca87c-41bb-7909-9b1e-91768b05259d"disk-monitor(»ƒñÃÊ3Z2	
sdb&
]
$019ca87c-4230-7cdd-8b89-9da912069811"net(°„ñÃÊ3b%#
	10.0.0.2310.0.0.1“¢ ½*tcp0
Y
$019ca87c-4253-7357-89fe-6c53ff82df89"svc-monitor(Ó„ñÃÊ3r

nfsdrunningÔ €(
]
$019ca87c-42cc-7d19-989c-238526d4e0ea"net(Ì…ñÃÊ3b%#
	10.0.0.3810.0.0.1£ ½*tcp0
Z
$019ca87c-42da-7964-81c7-89520a0fa2cf"svc-monitor(Ú…ñÃÊ3r

smbdrunning›Á (
Y
$019ca87c-4307-7d9c-81de-e2de78d57560"svc-monitor(‡†ñÃÊ3r

sshdrunning¢3 (
L
$019ca87c-4351-7a6b-a3fb-9007b809c8ec"disk-monitor(Ñ†ñÃÊ3Z2	
sdd"
L
$019ca87c-4394-7cb4-be24-a73f816a1896"disk-monitor(”‡ñÃÊ3Z2	
sdb
s
$019ca87c-43cc-77f1-a5c7-3baee182330c"zfs-auto-snap(Ì‡ñÃÊ3Z1"/
tank/home@auto-01223	tank/homeÚíÍ Àğ…­(
m
$019ca87c-43db-76a9-b9dd-21ae7272c1b9"zfs-auto-snap(Û‡ñÃÊ3Z+")
tank/home@auto-01216	tank/homeÚíÍ(
]
$019ca87c-4413-7cdd-8a3f-2dd111995b79"net(“ˆñÃÊ3b%#
	10.0.0.1510.0.0.1œ© ½*tcp0
\
$019ca87c-4436-71ec-a95e-b35fcf291f8e"net(¶ˆñÃÊ3b$"
10.0.0.910.0.0.1òç ½*tcp0
\
$019ca87c-4468-7b67-a316-64ddbe5f4df9"net(èˆñÃÊ3b$"
10.0.0.910.0.0.1õÃ *tcp0
_
$019ca87c-4473-7a2d-87a9-e437d96d0320"net(óˆñÃÊ3b'%
192.168.1.3910.0.0.1òí *tcp0
Z
$019ca87c-44eb-7b26-b83c-181cf35d17bd"svc-monitor(ë‰ñÃÊ3r

smbdrunning›Á ‚(
]
$019ca87c-44f9-73c6-94fe-f0bf45d30c2d"net(ù‰ñÃÊ3b%#
	10.0.0.2610.0.0.1õí *tcp0
]
$019ca87c-4575-7b16-adc5-6bff316232b8"net(õŠñÃÊ3b%#
	10.0.0.2910.0.0.1†“ *tcp0
]
$019ca87c-45b1-7227-82f7-e58682208cd2"net(±‹ñÃÊ3b%#
	10.0.0.3710.0.0.1®Í ½*tcp0
t
$019ca87c-4617-735d-9481-4ceb1221a7ad"auth(—ŒñÃÊ32

session_idsess-572j#
!
carolpassword192.168.1.20 
Y
$019ca87c-468e-7c26-87a5-531702dc1165"svc-monitor(ñÃÊ3r

sshdrunning¢3 ‚(
L
$019ca87c-46b8-730d-9e65-15693034c2df"disk-monitor(¸ñÃÊ3Z2	
sdd#
L
$019ca87c-471e-7066-b7e3-85bb551519fb"disk-monitor(ñÃÊ3Z2	
sdb
]
$019ca87c-4796-77c3-a7d3-2d9878048f00"net(–ñÃÊ3b%#
	10.0.0.3710.0.0.1úØ *tcp0
t
$019ca87c-47f2-7ac8-808f-68bb6d39ee88"auth(òñÃÊ32

session_idsess-573j#
!
alicepassword192.168.1.29 
L
$019ca87c-4831-7b8c-986c-3efb6bab6c71"disk-monitor(±ñÃÊ3Z2	
sda%
Y
$019ca87c-4872-7b07-8f71-df64ec7d9bd1"svc-monitor(òñÃÊ3r

sshdrunning¢3 ƒ(
L
$019ca87c-48cd-7118-bede-434d730950bc"disk-monitor(Í‘ñÃÊ3Z2	
sda#
]
$019ca87c-48ea-7c42-b987-57f4f798ec3d"net(ê‘ñÃÊ3b%#
	10.0.0.3410.0.0.1¡“ *tcp0
L
$019ca87c-4926-735e-af63-2a23d81eb5f0"disk-monitor(¦’ñÃÊ3Z2	
sda
]
$019ca87c-4964-736a-804f-8611093e6f73"net(ä’ñÃÊ3b%#
	10.0.0.2410.0.0.1ò½ *tcp0
X
$019ca87c-49ad-7fd4-9cd7-e8f05616536c"svc-monitor(­“ñÃÊ3r

zedrunning­0 ƒ(
X
$019ca87c-4a15-7109-9c9d-e263df694f77"svc-monitor(•”ñÃÊ3r

zedrunning­0 ƒ(
Y
$019ca87c-4a78-774a-8bf9-12da26cd47bc"svc-monitor(ø”ñÃÊ3r

sshdrunning¢3 ƒ(
L
$019ca87c-4ad3-72b4-9c7c-bd55ecc1b754"disk-monitor(Ó•ñÃÊ3Z2	
sdd 
Z
$019ca87c-4b4a-77b9-b2ec-d54d3cc0a9bd"svc-monitor(Ê–ñÃÊ3r

smbdrunning›Á „(
Z
$019ca87c-4bb0-761f-a814-b2d1ac1423c8"svc-monitor(°—ñÃÊ3r

smbdrunning›Á „(
]
$019ca87c-4bef-721b-a915-c5ddd8859010"net(ï—ñÃÊ3b%#
	10.0.0.4110.0.0.1ÁÚ *tcp0
]
$019ca87c-4c3b-7998-b7a3-3020ba24bae4"net(»˜ñÃÊ3b%#
	10.0.0.1310.0.0.1•Ç ½*tcp0
Y
$019ca87c-4ca5-7072-ba78-cdb373133a03"svc-monitor(¥™ñÃÊ3r

nfsdrunningÔ „(
L
$019ca87c-4cac-78b1-b277-b08d66f8c3ed"disk-monitor(¬™ñÃÊ3Z2	
sde 
t
$019ca87c-4d15-7ea4-81ae-b355b45b9270"auth(•šñÃÊ32

session_idsess-574j#
!
alicepassword192.168.1.28 
L
$019ca87c-4d52-7aa4-a585-406084a1a489"disk-monitor(ÒšñÃÊ3Z2	
sdb!
Z
$019ca87c-4d72-7be1-a344-6d4419527b3a"svc-monitor(òšñÃÊ3r

smbdrunning›Á „(
X
$019ca87c-4da1-7a15-a033-e53dc7ea92cf"svc-monitor(¡›ñÃÊ3r

zedrunning­0 …(
X
$019ca87c-4df5-7007-b4dc-399c6361c63c"svc-monitor(õ›ñÃÊ3r

zedrunning­0 …(
L
$019ca87c-4e68-752a-93f1-5c4e82ea4a21"disk-monitor(èœñÃÊ3Z2	
sdb$
s
$019ca87c-4e75-7cfb-b772-2efffac4e35c"zfs-auto-snap(õœñÃÊ3Z1"/
tank/home@auto-01224	tank/homeÜíÍ €°½ò	(
m
$019ca87c-4e9b-76a1-a873-6e230310fb5c"zfs-auto-snap(›ñÃÊ3Z+")
tank/home@auto-01218	tank/homeÜíÍ(
]
$019ca87c-4ee0-7742-a68e-2d5932c68bfb"net(àñÃÊ3b%#
	10.0.0.2610.0.0.1‡¼ *tcp0
\
$019ca87c-4f19-70e7-86ad-90b01c1594af"net(™ñÃÊ3b$"
10.0.0.210.0.0.1ÀÂ ½*tcp0
X
$019ca87c-4f70-774a-9247-cae17d564c03"svc-monitor(ğñÃÊ3r

zedrunning­0 …(
L
$019ca87c-4fc8-7563-8e58-e68561e32406"disk-monitor(ÈŸñÃÊ3Z2	
sdd
Y
$019ca87c-4fee-7a65-bf3d-41c8d06cb138"svc-monitor(îŸñÃÊ3r

sshdrunning¢3 …(
\
$019ca87c-500a-7a3b-9670-c7eed80e827e"net(Š ñÃÊ3b$"
10.0.0.410.0.0.1À *tcp0
L
$019ca87c-506e-74be-94fb-c0d3578339ef"disk-monitor(î ñÃÊ3Z2	
sdd
]
$019ca87c-50c2-7884-a636-ba417532ac67"net(Â¡ñÃÊ3b%#
	10.0.0.3210.0.0.1Û× *tcp0
L
$019ca87c-50cc-7cfd-a6e8-69177b79c12b"disk-monitor(Ì¡ñÃÊ3Z2	
sda 
`
$019ca87c-50d1-7894-ba77-9cadb4b46d76"svc-monitor(Ñ¡ñÃÊ3r 

rodent-syncrunningú; †(
L
$019ca87c-5134-7644-bb32-0139e89517ea"disk-monitor(´¢ñÃÊ3Z2	
sdb'
Z
$019ca87c-517a-7dc4-b337-41ab7db6e31b"svc-monitor(ú¢ñÃÊ3r

smbdrunning›Á †(
`
$019ca87c-51dd-7081-82bc-466e0a79cd60"svc-monitor(İ£ñÃÊ3r 

rodent-syncrunningú; †(
X
$019ca87c-5212-701b-91d9-e5a75e4ebaca"svc-monitor(’¤ñÃÊ3r

zedrunning­0 †(
Z
$019ca87c-5217-791f-9bec-c2aa991f7d46"svc-monitor(—¤ñÃÊ3r

smbdrunning›Á †(
t
$019ca87c-5241-7214-ad2f-52c8737de6b5"auth(Á¤ñÃÊ32

session_idsess-572j#
!
carolpassword192.168.1.51 
Y
$019ca87c-529d-7031-9675-094c8970e9c3"svc-monitor(¥ñÃÊ3r

sshdrunning¢3 ‡(
X
$019ca87c-52ab-7f05-b1cc-e1a323e7f095"svc-monitor(«¥ñÃÊ3r

zedrunning­0 ‡(
]
$019ca87c-5326-7b4c-9f98-3281186cbc49"net(¦¦ñÃÊ3b%#
	10.0.0.1610.0.0.1ÿã ½*tcp0
r
$019ca87c-5383-794e-a726-8669fd584554"auth(ƒ§ñÃÊ32

session_idsess-575j!

bobpassword192.168.1.15 
\
$019ca87c-538b-71ed-8c12-e63941799970"net(‹§ñÃÊ3b$"
10.0.0.210.0.0.1àä *tcp0
\
$019ca87c-5400-7bf8-899d-5ea4cd1d744a"net(€¨ñÃÊ3b$"
10.0.0.310.0.0.1ğ• *tcp0
Y
$019ca87c-5454-79aa-a33a-bd16e4bf4077"svc-monitor(Ô¨ñÃÊ3r

sshdrunning¢3 ‡(
]
$019ca87c-546d-798e-82e4-c786dc487b22"net(í¨ñÃÊ3b%#
	10.0.0.2410.0.0.1àÁ *tcp0
L
$019ca87c-54ae-7c71-9404-1388a6201c91"disk-monitor(®©ñÃÊ3Z2	
sdb!
Y
$019ca87c-5517-72ef-b4c5-a1b92e942e4e"svc-monitor(—ªñÃÊ3r

nfsdrunningÔ ˆ(
\
$019ca87c-554b-7ae3-8c24-caa31a3d55aa"net(ËªñÃÊ3b$"
10.0.0.410.0.0.1ı” *tcp0
Y
$019ca87c-557e-7da6-8b3a-5557a4c9be98"svc-monitor(şªñÃÊ3r

nfsdrunningÔ ˆ(
]
$019ca87c-55e0-7f97-8b1a-083a7a303eca"net(à«ñÃÊ3b%#
	10.0.0.3710.0.0.1î¢ *tcp0
Y
$019ca87c-55eb-7f32-9601-59aada71724f"svc-monitor(ë«ñÃÊ3r

nfsdrunningÔ ˆ(
]
$019ca87c-5633-7df5-bb4d-f6031f813803"net(³¬ñÃÊ3b%#
	10.0.0.1110.0.0.1îä ½*tcp0
t
$019ca87c-567a-72bf-a7b4-d0fdbe57b9af"auth(ú¬ñÃÊ32

session_idsess-573j#
!
alicepassword192.168.1.21 
]
$019ca87c-56ba-74f4-be44-c7a4c80298f9"net(º­ñÃÊ3b%#
	10.0.0.3010.0.0.1òÿ ½*tcp0
t
$019ca87c-56ed-76b3-aa0b-753b8bb0556b"auth(í­ñÃÊ32

session_idsess-574j#
!
alicepassword192.168.1.21 
L
$019ca87c-5760-7295-a6a8-0d407571aa40"disk-monitor(à®ñÃÊ3Z2	
sda
s
$019ca87c-577f-70e5-a055-dd5ec98d6cef"auth(ÿ®ñÃÊ32

session_idsess-576j"
 
davepassword192.168.1.39 
L
$019ca87c-57db-7ce9-a550-fe5de0dae2a7"disk-monitor(Û¯ñÃÊ3Z2	
sda$
L
$019ca87c-584e-79be-84f3-e9eef6d5c15c"disk-monitor(Î°ñÃÊ3Z2	
sdb!
L
$019ca87c-58c9-7ed8-813e-e895e52e290b"disk-monitor(É±ñÃÊ3Z2	
sda
s
$019ca87c-5934-7d68-8a22-78b2e95ea756"zfs-auto-snap(´²ñÃÊ3Z1"/
tank/home@auto-01225	tank/homeßíÍ À³–à(
m
$019ca87c-5943-706b-8103-0378d2c61d3a"zfs-auto-snap(Ã²ñÃÊ3Z+")
tank/home@auto-01220	tank/homeßíÍ(
L
$019ca87c-5948-77a5-88e3-fd21f3541f5b"disk-monitor(È²ñÃÊ3Z2	
sdd&
Y
$019ca87c-59bb-7cb5-bbcb-74aff6d4801d"svc-monitor(»³ñÃÊ3r

sshdrunning¢3 ‰(
X
$019ca87c-59f6-70fb-bfc7-f124c7c0a204"svc-monitor(ö³ñÃÊ3r

zedrunning­0 ‰(
L
$019ca87c-5a2f-7617-9c0d-29b00ed4e62f"disk-monitor(¯´ñÃÊ3Z2	
sda
L
$019ca87c-5a9f-7c8a-9470-15e093f21e2c"disk-monitor(ŸµñÃÊ3Z2	
sdd%
Y
$019ca87c-5b0e-7c23-a913-bde587f87147"svc-monitor(¶ñÃÊ3r

sshdrunning¢3 Š(
]
$019ca87c-5b4a-71d2-9e08-dc87285628ee"net(Ê¶ñÃÊ3b%#
	10.0.0.4110.0.0.1ßÀ *tcp0
Y
$019ca87c-5b82-709a-8301-90b497227ba4"svc-monitor(‚·ñÃÊ3r

sshdrunning¢3 Š(
u
$019ca87c-5be3-7107-9c90-13ea2d2cfb02"zfs-auto-snap(ã·ñÃÊ3Z3"1
tank/media@auto-01226
tank/mediaàíÍ €Ò¹(
o
$019ca87c-5bed-76ca-b23f-ca5c196ce131"zfs-auto-snap(í·ñÃÊ3Z-"+
tank/media@auto-01207
tank/mediaàíÍ(
]
$019ca87c-5c28-76c8-ba5b-a4a1eb92e569"net(¨¸ñÃÊ3b%#
	10.0.0.1910.0.0.1ÒÇ ½*tcp0
]
$019ca87c-5c8c-7a5d-9f65-9641dfeb51f5"net(Œ¹ñÃÊ3b%#
	10.0.0.3810.0.0.1ë¦ *tcp0
[
$019ca87c-5ca7-7761-9799-9163b79125b0"auth(§¹ñÃÊ3j"
 
davepassword192.168.1.17 
L
$019ca87c-5cf0-7dfc-947a-2f8651d57c11"disk-monitor(ğ¹ñÃÊ3Z2	
sdb
L
$019ca87c-5d08-79f6-a45b-6600fb2c8f7f"disk-monitor(ˆºñÃÊ3Z2	
sde&
X
$019ca87c-5d52-7d62-a39a-2aeed337c09c"svc-monitor(ÒºñÃÊ3r

zedrunning­0 ‹(
L
$019ca87c-5daf-747d-88ac-2396be7b2710"disk-monitor(¯»ñÃÊ3Z2	
sdd
`
$019ca87c-5e04-76b5-97eb-3ed49589d508"svc-monitor(„¼ñÃÊ3r 

rodent-syncrunningú; ‹(
]
$019ca87c-5e57-767a-b88c-842fd19af67b"net(×¼ñÃÊ3b%#
	10.0.0.3410.0.0.1Äê *tcp0
]
$019ca87c-5eae-73e7-bd21-dd467ca7d4df"net(®½ñÃÊ3b%#
	10.0.0.1110.0.0.1ê¿ *tcp0
r
$019ca87c-5eb6-780e-be21-8d198d0fe03c"auth(¶½ñÃÊ32

session_idsess-575j!

bobpassword192.168.1.22 
`
$019ca87c-5f13-762b-ae78-7bf21f0dfe03"svc-monitor(“¾ñÃÊ3r 

rodent-syncrunningú; ‹(
L
$019ca87c-5f77-7fcc-9326-c00ff13653a3"disk-monitor(÷¾ñÃÊ3Z2	
sde"
L
$019ca87c-5fb4-79a5-b535-a8b7c39f96ec"disk-monitor(´¿ñÃÊ3Z2	
sdb"
s
$019ca87c-6016-7e1f-b830-23339dbd6f8e"zfs-auto-snap(–ÀñÃÊ3Z1"/
tank/home@auto-01227	tank/homeáíÍ ÀàÒ©(
m
$019ca87c-6085-7c2e-8ba0-effe09218cf5"zfs-auto-snap(…ÁñÃÊ3Z+")
tank/home@auto-01221	tank/homeáíÍ(
s
$019ca87c-60ab-7c17-a39d-5b75ac4821f8"auth(«ÁñÃÊ32

session_idsess-576j"
 
davepassword192.168.1.21 
L
$019ca87c-6125-74a4-b1b4-46d0846e39a6"disk-monitor(¥ÂñÃÊ3Z2	
sdb'
]
$019ca87c-6161-7157-9907-0a7bb4400fb3"net(áÂñÃÊ3b%#
	10.0.0.1510.0.0.1®é *tcp0
]
$019ca87c-61c5-71e4-a555-d69dea0b00d0"net(ÅÃñÃÊ3b%#
	10.0.0.3310.0.0.1¤ ½*tcp0
X
$019ca87c-6200-786d-a997-a032715575ae"svc-monitor(€ÄñÃÊ3r

zedrunning­0 Œ(
]
$019ca87c-6279-7d68-b156-01cfb23f34a9"net(ùÄñÃÊ3b%#
	10.0.0.4110.0.0.1¶õ ½*tcp0
L
$019ca87c-62e5-7119-b79e-c2bed4b7a896"disk-monitor(åÅñÃÊ3Z2	
sdd
Y
$019ca87c-634a-7b42-bd14-bd5460059a4d"svc-monitor(ÊÆñÃÊ3r

sshdrunning¢3 Œ(
}
$019ca87c-63bb-7c8a-8f66-507b44c4c310"zfs-auto-snap(»ÇñÃÊ3Z;"9
backup/archive@auto-01228backup/archiveâíÍ €ß³“(
w
$019ca87c-63f9-7893-8e59-8470508b0a7a"zfs-auto-snap(ùÇñÃÊ3Z5"3
backup/archive@auto-01213backup/archiveâíÍ(
]
$019ca87c-641c-737f-a476-61ac2e1f1714"net(œÈñÃÊ3b%#
	10.0.0.1710.0.0.1Æ¸ ½*tcp0
`
$019ca87c-647c-77c1-8f98-de168231d03b"svc-monitor(üÈñÃÊ3r 

rodent-syncrunningú; (
Y
$019ca87c-64b3-73af-9c7d-890a2f2867d9"svc-monitor(³ÉñÃÊ3r

sshdrunning¢3 (
s
$019ca87c-64dd-7d86-9699-94c4044ecf79"auth(İÉñÃÊ32

session_idsess-577j"
 
davepassword192.168.1.24 
u
$019ca87c-650a-768d-8eaa-1ea0f6279b13"zfs-auto-snap(ŠÊñÃÊ3Z3"1
tank/media@auto-01229
tank/mediaâíÍ À¦‘è(
o
$019ca87c-6534-7961-adce-3f39238d25c8"zfs-auto-snap(´ÊñÃÊ3Z-"+
tank/media@auto-01211
tank/mediaâíÍ(
s
$019ca87c-654b-7886-af88-d77e99a2f5c2"auth(ËÊñÃÊ32

session_idsess-577j"
 
davepassword192.168.1.56 
Y
$019ca87c-6599-7b5b-ad1d-fbc77467adc4"svc-monitor(™ËñÃÊ3r

nfsdrunningÔ (
]
$019ca87c-65e9-7418-86b7-b339383b602b"net(éËñÃÊ3b%#
	10.0.0.2710.0.0.1¶Ã ½*tcp0
]
$019ca87c-6632-76fe-a3ce-1462c225a1e1"net(²ÌñÃÊ3b%#
	10.0.0.3510.0.0.1ÀÒ *tcp0
Y
$019ca87c-665d-7dbf-a351-ac463480de26"svc-monitor(İÌñÃÊ3r

sshdrunning¢3 (
_
$019ca87c-6672-725c-b9ea-d9294c4a430d"net(òÌñÃÊ3b'%
192.168.1.1610.0.0.1­„ *tcp0
L
$019ca87c-66d9-76e5-b06b-b3a37c00501d"disk-monitor(ÙÍñÃÊ3Z2	
sda#
s
$019ca87c-6735-7193-97d7-e9f5353392e2"zfs-auto-snap(µÎñÃÊ3Z1"/
tank/home@auto-01230	tank/homeãíÍ €…¥æ(
m
$019ca87c-6754-7f3f-8d91-cedf2232693e"zfs-auto-snap(ÔÎñÃÊ3Z+")
tank/home@auto-01223	tank/homeãíÍ(
Z
$019ca87c-67be-702d-bdef-73725b204e57"svc-monitor(¾ÏñÃÊ3r

smbdrunning›Á (
L
$019ca87c-6832-77b6-adac-8edc69ebe990"disk-monitor(²ĞñÃÊ3Z2	
sdd%
L
$019ca87c-6847-7164-a02d-d03ba548ba08"disk-monitor(ÇĞñÃÊ3Z2	
sda!
L
$019ca87c-68aa-7471-ace2-549d94a9a372"disk-monitor(ªÑñÃÊ3Z2	
sdd
Z
$019ca87c-6918-7823-85d4-2d584eb1c8e2"svc-monitor(˜ÒñÃÊ3r

smbdrunning›Á (
Y
$019ca87c-6962-7faa-8ee2-77dba8183694"svc-monitor(âÒñÃÊ3r

nfsdrunningÔ (
]
$019ca87c-69b2-7b60-8649-a932d134ecc6"net(²ÓñÃÊ3b%#
	10.0.0.1910.0.0.1§” *tcp0
`
$019ca87c-69f6-7638-8dae-38f0ae2e9c85"svc-monitor(öÓñÃÊ3r 

rodent-syncrunningú; (
s
$019ca87c-6a58-7b01-998d-9615a4efe1f8"auth(ØÔñÃÊ32

session_idsess-578j"
 
davepassword192.168.1.11 
]
$019ca87c-6ac0-7de7-9cca-fc427190d99a"net(ÀÕñÃÊ3b%#
	10.0.0.1610.0.0.1ÿÄ ½*tcp0
Y
$019ca87c-6b12-77c4-8dc3-8820cb16b6c0"svc-monitor(’ÖñÃÊ3r

nfsdrunningÔ (
L
$019ca87c-6b17-7cbf-b9c9-ec145a3be9a4"disk-monitor(—ÖñÃÊ3Z2	
sdb!
]
$019ca87c-6b6c-72a0-8d17-fee43279ef4f"net(ìÖñÃÊ3b%#
	10.0.0.1910.0.0.1ê½ ½*tcp0
]
$019ca87c-6b7c-72bb-9468-215eb52f35c0"net(üÖñÃÊ3b%#
	10.0.0.1110.0.0.1åÇ *tcp0
L
$019ca87c-6bf0-79fd-aa2e-496d254f05b0"disk-monitor(ğ×ñÃÊ3Z2	
sdd
L
$019ca87c-6c5d-71e8-8be1-7637c64a684d"disk-monitor(İØñÃÊ3Z2	
sdd
u
$019ca87c-6ca7-7d4c-979e-aba93a9e7fe5"zfs-auto-snap(§ÙñÃÊ3Z3"1
tank/media@auto-01231
tank/mediaäíÍ €Á•²(
o
$019ca87c-6d17-763d-8a06-effa9ce07fa6"zfs-auto-snap(—ÚñÃÊ3Z-"+
tank/media@auto-01217
tank/mediaäíÍ(
\
$019ca87c-6d3c-758b-90eb-ea21274f415c"net(¼ÚñÃÊ3b$"
10.0.0.810.0.0.1Å• *tcp0
[
$019ca87c-6d41-7807-bda5-61dc5f4de239"auth(ÁÚñÃÊ3j"
 
davepassword192.168.1.36 
Y
$019ca87c-6d82-70fc-ac4a-53e3e8abb064"svc-monitor(‚ÛñÃÊ3r

nfsdrunningÔ (
L
$019ca87c-6ddd-7262-8342-1c55c1a5245b"disk-monitor(İÛñÃÊ3Z2	
sdd&
L
$019ca87c-6e52-7059-8f00-ad632fbcd647"disk-monitor(ÒÜñÃÊ3Z2	
sdd%
]
$019ca87c-6e8c-7f71-95e8-a89eab658218"net(ŒİñÃÊ3b%#
	10.0.0.3110.0.0.1áÁ ½*tcp0
L
$019ca87c-6ea1-7afb-b06b-cd4c914e4187"disk-monitor(¡İñÃÊ3Z2	
sde"
Z
$019ca87c-6f03-7147-848c-0d68f232c3da"svc-monitor(ƒŞñÃÊ3r

smbdrunning›Á ‘(
Y
$019ca87c-6f76-7103-bd2a-bc3f031a52ad"svc-monitor(öŞñÃÊ3r

nfsdrunningÔ ‘(
]
$019ca87c-6fca-7ca8-9fed-c3ae400923b4"net(ÊßñÃÊ3b%#
	10.0.0.3110.0.0.1Éã ½*tcp0
Y
$019ca87c-6fdb-7952-af46-f285d9f392a3"svc-monitor(ÛßñÃÊ3r

nfsdrunningÔ ‘(
Y
$019ca87c-702b-7600-9ba3-78e6276986de"svc-monitor(«àñÃÊ3r

sshdrunning¢3 ‘(
L
$019ca87c-70a3-7bad-ad43-ed50d74bd2bf"disk-monitor(£áñÃÊ3Z2	
sda$
`
$019ca87c-70dc-73e8-8e5f-a53f26e0363d"svc-monitor(ÜáñÃÊ3r 

rodent-syncrunningú; ‘(
\
$019ca87c-70f5-7e24-a42b-ede22a002e44"net(õáñÃÊ3b$"
10.0.0.910.0.0.1 ¢ ½*tcp0
L
$019ca87c-7128-7709-a03d-cb949e9baa7d"disk-monitor(¨âñÃÊ3Z2	
sde&
t
$019ca87c-715b-7ee5-be0d-26c10aba18ff"auth(ÛâñÃÊ32

session_idsess-579j#
!
alicepassword192.168.1.45 
]
$019ca87c-71b8-713b-8f4f-221f6ec2ce5c"net(¸ãñÃÊ3b%#
	10.0.0.2310.0.0.1ÇÉ ½*tcp0
Y
$019ca87c-71f9-7430-9e87-579b642f9d99"svc-monitor(ùãñÃÊ3r

nfsdrunningÔ ’(
L
$019ca87c-726c-79db-be64-140ba881de2c"disk-monitor(ìäñÃÊ3Z2	
sde
\
$019ca87c-7285-755d-af42-c2fc17f16dfc"net(…åñÃÊ3b$"
10.0.0.510.0.0.1‰Ä *tcp0
\
$019ca87c-72bf-70b3-b908-663fd63f4968"net(¿åñÃÊ3b$"
10.0.0.810.0.0.1ŸÄ *tcp0
X
$019ca87c-72ca-7a35-a2f9-1c51436e0085"svc-monitor(ÊåñÃÊ3r

zedrunning­0 ’(
]
$019ca87c-72ed-7b02-983d-f5eca2a97b13"net(íåñÃÊ3b%#
	10.0.0.2310.0.0.1»½ *tcp0
`
$019ca87c-7319-758e-9177-590076336330"svc-monitor(™æñÃÊ3r 

rodent-syncrunningú; ’(
X
$019ca87c-7360-7efa-945f-6da26dcec55d"svc-monitor(àæñÃÊ3r

zedrunning­0 “(
Z
$019ca87c-7386-7be4-9645-6dabfba7faed"svc-monitor(†çñÃÊ3r

smbdrunning›Á “(
L
$019ca87c-73d4-7582-9b53-37f74bf8a28f"disk-monitor(ÔçñÃÊ3Z2	
sda!
]
$019ca87c-741d-7edd-b499-f33bd863eb30"net(èñÃÊ3b%#
	10.0.0.2310.0.0.1™ı *tcp0
s
$019ca87c-7450-786b-b681-a9e0dd0bff74"auth(ĞèñÃÊ32

session_idsess-578j"
 
davepassword192.168.1.32 
L
$019ca87c-74cb-70ac-85c8-7e92915c2561"disk-monitor(ËéñÃÊ3Z2	
sde&
X
$019ca87c-74e3-71d0-a7fa-47b2240c5a06"svc-monitor(ãéñÃÊ3r

zedrunning­0 “(
`
$019ca87c-7535-7278-9da2-329d89fb5561"svc-monitor(µêñÃÊ3r 

rodent-syncrunningú; “(
]
$019ca87c-75b0-7e39-ac91-7f161f656254"net(°ëñÃÊ3b%#
	10.0.0.3710.0.0.1‚Ç ½*tcp0
Y
$019ca87c-761a-7fac-b983-dda3a95393ec"svc-monitor(šìñÃÊ3r

nfsdrunningÔ “(
s
$019ca87c-767d-7b53-9c43-6f92f278a5c7"auth(ıìñÃÊ32

session_idsess-580j"
 
davepassword192.168.1.38 
]
$019ca87c-76f1-71d0-bab8-09044f5441e7"net(ñíñÃÊ3b%#
	10.0.0.3910.0.0.1 Ó *tcp0
L
$019ca87c-7732-71fe-96af-571895598340"disk-monitor(²îñÃÊ3Z2	
sdb#
L
$019ca87c-777f-781c-87c6-37cce5814b09"disk-monitor(ÿîñÃÊ3Z2	
sda$
L
$019ca87c-77ae-7b96-b228-597cd4c47aa3"disk-monitor(®ïñÃÊ3Z2	
sdd#
L
$019ca87c-77f2-7292-81ee-6946abee13c4"disk-monitor(òïñÃÊ3Z2	
sde#
]
$019ca87c-785c-7a3b-91e7-5aea0e1c42b0"net(ÜğñÃÊ3b%#
	10.0.0.3510.0.0.1ø *tcp0
\
$019ca87c-78cb-7de8-8292-b21f1bf91fd5"net(ËññÃÊ3b$"
10.0.0.210.0.0.1ÁÑ *tcp0
]
$019ca87c-78db-73a1-b2c7-bcf916d74aee"net(ÛññÃÊ3b%#
	10.0.0.2610.0.0.1°¾ *tcp0
r
$019ca87c-7942-75d3-8040-c66de63d72eb"auth(ÂòñÃÊ32

session_idsess-581j!

bobpassword192.168.1.54 
L
$019ca87c-7992-7fe3-88bd-4b5eb1343a9f"disk-monitor(’óñÃÊ3Z2	
sda"
]
$019ca87c-79f2-7a76-9c79-c47815b692f3"net(òóñÃÊ3b%#
	10.0.0.3210.0.0.1½ *tcp0
`
$019ca87c-7a1b-7854-8198-28f6ea334899"svc-monitor(›ôñÃÊ3r 

rodent-syncrunningú; •(
t
$019ca87c-7a47-726a-b1dd-f0c4e28bdec1"auth(ÇôñÃÊ32

session_idsess-579j#
!
alicepassword192.168.1.14 
]
$019ca87c-7a84-75ba-baed-27dee3843522"net(„õñÃÊ3b%#
	10.0.0.2010.0.0.1‡ *tcp0
t
$019ca87c-7aee-7355-a74f-f2e08361570f"auth(îõñÃÊ32

session_idsess-582j#
!
carolpassword192.168.1.31 
X
$019ca87c-7b20-77f5-968d-c1e0925156b9"svc-monitor( öñÃÊ3r

zedrunning­0 •(
s
$019ca87c-7b82-7ba6-81d6-49bc855d90ed"auth(‚÷ñÃÊ32

session_idsess-580j"
 
davepassword192.168.1.25 
L
$019ca87c-7bf0-7982-9c63-769df7c19b5f"disk-monitor(ğ÷ñÃÊ3Z2	
sdb
r
$019ca87c-7c6c-7b4d-8912-a64e16f01045"auth(ìøñÃÊ32

session_idsess-581j!

bobpassword192.168.1.58 
]
$019ca87c-7c9c-73a7-b4fc-936bdbff2a7d"net(œùñÃÊ3b%#
	10.0.0.3810.0.0.1«ñ ½*tcp0
L
$019ca87c-7cfd-72bf-8810-c97ccfdb15e5"disk-monitor(ıùñÃÊ3Z2	
sdd#
L
$019ca87c-7d10-73b6-8467-15fc6ee40d09"disk-monitor(úñÃÊ3Z2	
sdb$
]
$019ca87c-7d38-7665-9225-627b0ace60dd"net(¸úñÃÊ3b%#
	10.0.0.2510.0.0.1œ ½*tcp0
`
$019ca87c-7dac-7d69-8a0a-b55a4c06b913"svc-monitor(¬ûñÃÊ3r 

rodent-syncrunningú; –(
Y
$019ca87c-7e0e-7ce2-afe5-d034e544e708"svc-monitor(üñÃÊ3r

nfsdrunningÔ –(
]
$019ca87c-7e49-7e98-8e30-2353d726a458"net(ÉüñÃÊ3b%#
	10.0.0.3110.0.0.1°Ç *tcp0
]
$019ca87c-7e99-7963-a16b-363d63ec916c"net(™ıñÃÊ3b%#
	10.0.0.1610.0.0.1ğ— *tcp0
]
$019ca87c-7eb2-79ef-af11-5f6bd53fa612"net(²ıñÃÊ3b%#
	10.0.0.3210.0.0.1”§ ½*tcp0
Z
$019ca87c-7ed4-791b-a09e-8362c848d8ad"svc-monitor(ÔıñÃÊ3r

smbdrunning›Á –(
X
$019ca87c-7ee1-7450-b360-f0306b76da14"svc-monitor(áıñÃÊ3r

zedrunning­0 —(
`
$019ca87c-7f17-7371-8d18-083afd223651"svc-monitor(—şñÃÊ3r 

rodent-syncrunningú; —(
]
$019ca87c-7f7c-7deb-8f59-d3bc29b15ced"net(üşñÃÊ3b%#
	10.0.0.1210.0.0.1÷Æ *tcp0
]
$019ca87c-7fa9-77f2-8ab5-148877a81d9c"net(©ÿñÃÊ3b%#
	10.0.0.4010.0.0.1ıŞ *tcp0
\
$019ca87c-7fc1-7441-b797-8c531f57b0a3"net(ÁÿñÃÊ3b$"
10.0.0.510.0.0.1‚Á *tcp0
Z
$019ca87c-7fec-7632-ae8d-5601972ea43d"svc-monitor(ìÿñÃÊ3r

smbdrunning›Á —(
L
$019ca87c-800e-7f1a-aa90-1e6b6b5845ba"disk-monitor(€òÃÊ3Z2	
sdd 
L
$019ca87c-802a-7edf-8070-d160ab279583"disk-monitor(ª€òÃÊ3Z2	
sde'
]
$019ca87c-8032-7af2-b01b-9133c402b92f"net(²€òÃÊ3b%#
	10.0.0.1010.0.0.1ñ„ *tcp0
Y
$019ca87c-804f-7b6b-85cf-6cf27953d914"svc-monitor(Ï€òÃÊ3r

sshdrunning¢3 —(
]
$019ca87c-808c-7da9-9759-55f1e1a6ba60"net(ŒòÃÊ3b%#
	10.0.0.3510.0.0.1Ú‚ ½*tcp0
]
$019ca87c-80ce-7bb2-b443-c14874bc630d"net(ÎòÃÊ3b%#
	10.0.0.4110.0.0.1ËÏ ½*tcp0
L
$019ca87c-80ec-7db2-b566-849ad7a22873"disk-monitor(ìòÃÊ3Z2	
sdb 
Y
$019ca87c-812b-76ae-8beb-90fc6cd11ed5"svc-monitor(«‚òÃÊ3r

nfsdrunningÔ ˜(
X
$019ca87c-8140-7619-a5f4-4711eca76179"svc-monitor(À‚òÃÊ3r

zedrunning­0 ˜(
Z
$019ca87c-8170-779c-bc90-46c37a242148"svc-monitor(ğ‚òÃÊ3r

smbdrunning›Á ˜(
}
$019ca87c-8177-7869-b350-041a7f0208bd"zfs-auto-snap(÷‚òÃÊ3Z;"9
backup/archive@auto-01232backup/archiveéíÍ €éÙ÷(
w
$019ca87c-81a1-792d-a7d4-5fef868edbe2"zfs-auto-snap(¡ƒòÃÊ3Z5"3
backup/archive@auto-01214backup/archiveéíÍ(
L
$019ca87c-81ea-771e-b0bb-fa0609107458"disk-monitor(êƒòÃÊ3Z2	
sda'
}
$019ca87c-81f1-7d75-ab14-9e974fbd3e48"zfs-auto-snap(ñƒòÃÊ3Z;"9
backup/archive@auto-01233backup/archiveéíÍ ÀÏ¹À(
w
$019ca87c-822b-7788-9430-f31bf2fe6ff9"zfs-auto-snap(«„òÃÊ3Z5"3
backup/archive@auto-01215backup/archiveéíÍ(
X
$019ca87c-826e-7ed4-93f8-a2041851efe6"svc-monitor(î„òÃÊ3r

zedrunning­0 ™(
L
$019ca87c-82b7-7a2b-a77f-954c2ee3723c"disk-monitor(·…òÃÊ3Z2	
sdb 
]
$019ca87c-8307-759a-8f98-3dff9e127ff5"net(‡†òÃÊ3b%#
	10.0.0.3110.0.0.1‰» ½*tcp0
Y
$019ca87c-8379-7675-9ece-c9614f741bbb"svc-monitor(ù†òÃÊ3r

nfsdrunningÔ ™(
L
$019ca87c-83e1-78b5-9f86-aa8b18e71698"disk-monitor(á‡òÃÊ3Z2	
sda
}
$019ca87c-8451-7bc7-a10b-bfe9617c5ae1"zfs-auto-snap(ÑˆòÃÊ3Z;"9
backup/archive@auto-01234backup/archiveêíÍ Àî±(
w
$019ca87c-84c6-7ffd-aba3-c9239da2da25"zfs-auto-snap(Æ‰òÃÊ3Z5"3
backup/archive@auto-01219backup/archiveêíÍ(
L
$019ca87c-84e5-7c60-9c28-fe1a56f58c2c"disk-monitor(å‰òÃÊ3Z2	
sdb!
`
$019ca87c-855b-72d6-a283-c41c4be952a3"svc-monitor(ÛŠòÃÊ3r 

rodent-syncrunningú; ™(
]
$019ca87c-85d6-71b8-9e15-90edb2a404df"net(Ö‹òÃÊ3b%#
	10.0.0.4010.0.0.1˜æ ½*tcp0
Z
$019ca87c-860b-7f74-a734-4412cbecab63"svc-monitor(‹ŒòÃÊ3r

smbdrunning›Á š(
Y
$019ca87c-8644-7ee2-b34b-19894e9457ca"svc-monitor(ÄŒòÃÊ3r

nfsdrunningÔ š(
X
$019ca87c-86a9-717e-bace-a8a25711e28a"svc-monitor(©òÃÊ3r

zedrunning­0 š(
]
$019ca87c-86d5-7ff0-9c6b-fb2938006c0d"net(ÕòÃÊ3b%#
	10.0.0.2210.0.0.1ñ ½*tcp0
L
$019ca87c-86fe-7dfd-aa18-3ff5c1efeb32"disk-monitor(şòÃÊ3Z2	
sda"
u
$019ca87c-8769-7ef8-beed-54a5e0eaea81"zfs-auto-snap(éòÃÊ3Z3"1
tank/media@auto-01235
tank/mediaëíÍ ÀºØÜ(
o
$019ca87c-877d-729b-8148-c465ead5ccbb"zfs-auto-snap(ıòÃÊ3Z-"+
tank/media@auto-01222
tank/mediaëíÍ(
]
$019ca87c-87cb-7cc6-bca9-01e4219107ac"net(ËòÃÊ3b%#
	10.0.0.1510.0.0.1Ú” ½*tcp0
L
$019ca87c-8802-78c5-acb5-f32cb5bf0cc4"disk-monitor(‚òÃÊ3Z2	
sdd#
}
$019ca87c-8859-7f9c-a4b2-858afb0d39d2"zfs-auto-snap(ÙòÃÊ3Z;"9
backup/archive@auto-01236backup/archiveëíÍ Àó˜Ê(
w
$019ca87c-88a4-7b6d-a03f-8013f0888550"zfs-auto-snap(¤‘òÃÊ3Z5"3
backup/archive@auto-01228backup/archiveëíÍ(
`
$019ca87c-88eb-77dc-ba19-d3a3b53b1fb6"svc-monitor(ë‘òÃÊ3r 

rodent-syncrunningú; ›(
\
$019ca87c-8964-7a0e-9528-65d4e6f922bf"net(ä’òÃÊ3b$"
10.0.0.610.0.0.1»Ó ½*tcp0
Z
$019ca87c-89af-7411-9353-662ba6351c09"svc-monitor(¯“òÃÊ3r

smbdrunning›Á ›(
L
$019ca87c-89c1-72a2-83a7-1b5f23deeab0"disk-monitor(Á“òÃÊ3Z2	
sdd$
L
$019ca87c-8a26-710d-8ba6-5e8fe69cc556"disk-monitor(¦”òÃÊ3Z2	
sde 
Y
$019ca87c-8aa0-79a6-a35a-ca9ca5044dd2"svc-monitor( •òÃÊ3r

nfsdrunningÔ ›(
Y
$019ca87c-8af8-7671-8b08-a9981658108b"svc-monitor(ø•òÃÊ3r

sshdrunning¢3 ›(
L
$019ca87c-8b0e-72c6-8923-9610fc6fd514"disk-monitor(–òÃÊ3Z2	
sda&
L
$019ca87c-8b1d-72d9-b268-b190b09e0315"disk-monitor(–òÃÊ3Z2	
sdd
]
$019ca87c-8b83-7ce9-bd52-4da5492c5f72"net(ƒ—òÃÊ3b%#
	10.0.0.3310.0.0.1×ç *tcp0
L
$019ca87c-8b9f-7e55-9b4f-d85d7bf979e0"disk-monitor(Ÿ—òÃÊ3Z2	
sde!
L
$019ca87c-8c02-7e97-98ba-343a46832824"disk-monitor(‚˜òÃÊ3Z2	
sdd"
`
$019ca87c-8c52-7600-b950-178cea55208a"svc-monitor(Ò˜òÃÊ3r 

rodent-syncrunningú; œ(
L
$019ca87c-8c9a-7f59-ab9f-17755cd5fa13"disk-monitor(š™òÃÊ3Z2	
sdb%
\
$019ca87c-8d0b-73ee-8739-fe31c2051b66"auth(‹šòÃÊ3j#
!
alicepassword192.168.1.47 
L
$019ca87c-8d42-76d0-af63-4cad140535d3"disk-monitor(ÂšòÃÊ3Z2	
sde#
t
$019ca87c-8db7-7058-9a44-2d1824dbec30"auth(·›òÃÊ32

session_idsess-582j#
!
carolpassword192.168.1.31 
]
$019ca87c-8dd0-7c5a-b941-c4a313fbbf9b"net(Ğ›òÃÊ3b%#
	10.0.0.3910.0.0.1À– *tcp0
]
$019ca87c-8e44-7ca4-aca7-0eed01a447a2"net(ÄœòÃÊ3b%#
	10.0.0.3010.0.0.1ùÑ *tcp0
L
$019ca87c-8e53-794c-8d7b-2053bb0d1a8a"disk-monitor(ÓœòÃÊ3Z2	
sdb%
_
$019ca87c-8ecc-73ae-8641-3131034e0e63"net(ÌòÃÊ3b'%
192.168.1.3510.0.0.1òı *tcp0
Y
$019ca87c-8f45-7613-9052-b22eb448184c"svc-monitor(ÅòÃÊ3r

nfsdrunningÔ (
_
$019ca87c-8fb4-7ac8-aae3-0a3cf08fd462"net(´ŸòÃÊ3b'%
192.168.1.1310.0.0.1¥Õ *tcp0
_
$019ca87c-8fbf-7ce3-b236-f6d867d8056d"net(¿ŸòÃÊ3b'%
192.168.1.2110.0.0.1µ¾ *tcp0
L
$019ca87c-900c-72b9-a3c8-daea8da6f7dd"disk-monitor(Œ òÃÊ3Z2	
sdd&
L
$019ca87c-9074-78c3-9118-e20af078f20b"disk-monitor(ô òÃÊ3Z2	
sde$
]
$019ca87c-907b-7e90-81a7-f035e5d24fc7"net(û òÃÊ3b%#
	10.0.0.3210.0.0.1µê *tcp0
_
$019ca87c-909d-7c6c-a4c2-64661006ee72"net(¡òÃÊ3b'%
192.168.1.3210.0.0.1ÛÛ *tcp0
Y
$019ca87c-90c8-7e84-bc1a-6f58b8c207b6"svc-monitor(È¡òÃÊ3r

sshdrunning¢3 (
`
$019ca87c-9104-7101-9f3c-255cd0bf73bb"svc-monitor(„¢òÃÊ3r 

rodent-syncrunningú; (
L
$019ca87c-910d-71fc-a659-a0d1a94a9f86"disk-monitor(¢òÃÊ3Z2	
sdb
Y
$019ca87c-916a-7808-918c-0c25c5d38041"svc-monitor(ê¢òÃÊ3r

nfsdrunningÔ (
]
$019ca87c-9190-764d-b9be-21b8e5536547"net(£òÃÊ3b%#
	10.0.0.1710.0.0.1ã³ *tcp0
L
$019ca87c-920a-7402-a92a-8f147d4af63a"disk-monitor(Š¤òÃÊ3Z2	
sdb&
]
$019ca87c-926f-78de-9962-1b0b100174de"net(ï¤òÃÊ3b%#
	10.0.0.3510.0.0.1Õï *tcp0
t
$019ca87c-9276-7d44-a9ba-4eb606d6af61"auth(ö¤òÃÊ32

session_idsess-583j#
!
alicepassword192.168.1.33 
Z
$019ca87c-928f-77aa-a782-c3336c0ed971"svc-monitor(¥òÃÊ3r

smbdrunning›Á (
Y
$019ca87c-92bf-7174-863e-ccdf78913d7f"svc-monitor(¿¥òÃÊ3r

sshdrunning¢3 (
Y
$019ca87c-9334-7c4e-967d-acf2e1c22534"svc-monitor(´¦òÃÊ3r

sshdrunning¢3 Ÿ(
Z
$019ca87c-934d-7a54-8113-a98144fb5429"svc-monitor(Í¦òÃÊ3r

smbdrunning›Á Ÿ(
Y
$019ca87c-93bb-7bc0-a3a6-515c9dfd5e91"svc-monitor(»§òÃÊ3r

nfsdrunningÔ Ÿ(
Z
$019ca87c-93f9-761d-80cc-4ba93912197b"svc-monitor(ù§òÃÊ3r

smbdrunning›Á Ÿ(
t
$019ca87c-945c-7029-8eaa-2dea582469e6"auth(Ü¨òÃÊ32

session_idsess-583j#
!
alicepassword192.168.1.49 
]
$019ca87c-9470-7f8a-bd19-5c79aa09d148"net(ğ¨òÃÊ3b%#
	10.0.0.3710.0.0.1”ˆ *tcp0
]
$019ca87c-94d3-73a5-9a55-11222be94dff"net(Ó©òÃÊ3b%#
	10.0.0.3310.0.0.1’„ *tcp0
Y
$019ca87c-9527-7d66-b9b9-21f7364d7153"svc-monitor(§ªòÃÊ3r

sshdrunning¢3 Ÿ(
L
$019ca87c-9575-776c-9727-62f1ed9ea3f2"disk-monitor(õªòÃÊ3Z2	
sda%
t
$019ca87c-95a2-7d62-8b9a-3119958687cf"auth(¢«òÃÊ32

session_idsess-584j#
!
carolpassword192.168.1.10 
\
$019ca87c-9605-7965-bfa1-92749c191a0a"net(…¬òÃÊ3b$"
10.0.0.310.0.0.1Á„ *tcp0
Y
$019ca87c-9681-7914-a9bc-8c517313a4db"svc-monitor(­òÃÊ3r

sshdrunning¢3  (
]
$019ca87c-96e5-7407-b524-37b56b3c3559"net(å­òÃÊ3b%#
	10.0.0.1410.0.0.1åÆ ½*tcp0
L
$019ca87c-9712-7450-bc3b-99d250763571"disk-monitor(’®òÃÊ3Z2	
sda
]
$019ca87c-9734-763a-9048-d173db30afa5"net(´®òÃÊ3b%#
	10.0.0.1810.0.0.1Ã² ½*tcp0
]
$019ca87c-9760-7bc3-b565-0c83fac298f0"net(à®òÃÊ3b%#
	10.0.0.2110.0.0.1‰ò ½*tcp0
]
$019ca87c-97ab-743d-8dad-56fe415644a5"net(«¯òÃÊ3b%#
	10.0.0.1710.0.0.1¶Ç *tcp0
L
$019ca87c-97f6-7c71-a443-42a3f1dbc5c8"disk-monitor(ö¯òÃÊ3Z2	
sdb!
L
$019ca87c-982c-797a-9536-b20744370225"disk-monitor(¬°òÃÊ3Z2	
sda%
L
$019ca87c-9856-7e76-ab8b-b747467bf4bb"disk-monitor(Ö°òÃÊ3Z2	
sdb
t
$019ca87c-987b-75b0-9ade-1abbe4ff58c7"auth(û°òÃÊ32

session_idsess-585j#
!
alicepassword192.168.1.28 
Y
$019ca87c-98ac-7f91-abe9-a2b854d14d82"svc-monitor(¬±òÃÊ3r

nfsdrunningÔ ¡(
]
$019ca87c-98c9-7730-9a7a-83877d42586b"net(É±òÃÊ3b%#
	10.0.0.1910.0.0.1¿À *tcp0
t
$019ca87c-98f8-7b4f-b3d5-20559f7a83ae"auth(ø±òÃÊ32

session_idsess-584j#
!
carolpassword192.168.1.47 
Y
$019ca87c-9949-78b9-842f-18646b9a731a"svc-monitor(É²òÃÊ3r

sshdrunning¢3 ¡(
L
$019ca87c-999b-77ce-a0a0-05d246385551"disk-monitor(›³òÃÊ3Z2	
sda"
`
$019ca87c-9a0c-7ed1-b61b-07956a0de54c"svc-monitor(Œ´òÃÊ3r 

rodent-syncrunningú; ¡(
]
$019ca87c-9a12-7364-9122-005e845b4033"net(’´òÃÊ3b%#
	10.0.0.2310.0.0.1Ä± *tcp0
]
$019ca87c-9a43-77b1-ba8b-51f12835133b"net(Ã´òÃÊ3b%#
	10.0.0.2610.0.0.1¶› ½*tcp0
]
$019ca87c-9a65-7676-af90-dbdb2be0d723"net(å´òÃÊ3b%#
	10.0.0.2510.0.0.1Ÿ¥ ½*tcp0
t
$019ca87c-9a8a-7367-95b8-fb81e35705dd"auth(ŠµòÃÊ32

session_idsess-585j#
!
alicepassword192.168.1.15 
r
$019ca87c-9af3-79e3-b61b-4f809c532a66"auth(óµòÃÊ32

session_idsess-586j!

bobpassword192.168.1.16 
u
$019ca87c-9b2f-716c-9c04-0135ce740447"zfs-auto-snap(¯¶òÃÊ3Z3"1
tank/media@auto-01237
tank/mediağíÍ À›—’(
o
$019ca87c-9b80-78d1-a3bd-fda076a1b6a8"zfs-auto-snap(€·òÃÊ3Z-"+
tank/media@auto-01226
tank/mediağíÍ(
Y
$019ca87c-9bf8-76de-8811-be6c60bd44df"svc-monitor(ø·òÃÊ3r

nfsdrunningÔ ¢(
`
$019ca87c-9c4a-7496-ad7a-7ae2955de6e4"svc-monitor(Ê¸òÃÊ3r 

rodent-syncrunningú; ¢(
r
$019ca87c-9c6c-7f91-80f2-c67eb8ab8b6f"auth(ì¸òÃÊ32

session_idsess-586j!

bobpassword192.168.1.14 
}
$019ca87c-9cad-7008-a294-517301c32691"zfs-auto-snap(­¹òÃÊ3Z;"9
backup/archive@auto-01238backup/archiveğíÍ €Å©£	(
w
$019ca87c-9cf5-7faf-bbfb-79bea8a13ebd"zfs-auto-snap(õ¹òÃÊ3Z5"3
backup/archive@auto-01232backup/archiveğíÍ(
L
$019ca87c-9d24-72a9-8f1a-b9217f7458bd"disk-monitor(¤ºòÃÊ3Z2	
sda
L
$019ca87c-9d79-7689-8ef7-f745e69f906f"disk-monitor(ùºòÃÊ3Z2	
sdb!
L
$019ca87c-9dce-74ce-9b2c-3dd11eee5941"disk-monitor(Î»òÃÊ3Z2	
sdb 
Z
$019ca87c-9e33-70a2-ba88-07584cae4cb9"svc-monitor(³¼òÃÊ3r

smbdrunning›Á £(
`
$019ca87c-9e99-7981-b8cb-69b1cadfea8e"svc-monitor(™½òÃÊ3r 

rodent-syncrunningú; £(
\
$019ca87c-9eea-74b8-95f6-630c67a9c67c"net(ê½òÃÊ3b$"
10.0.0.810.0.0.1ÃÚ ½*tcp0
]
$019ca87c-9ef8-7f76-b30e-9420f2871ba1"net(ø½òÃÊ3b%#
	10.0.0.1110.0.0.1…» *tcp0
`
$019ca87c-9f43-7b26-9907-30354ec250a5"svc-monitor(Ã¾òÃÊ3r 

rodent-syncrunningú; £(
Y
$019ca87c-9fb7-73fe-a68a-30489715675a"svc-monitor(·¿òÃÊ3r

sshdrunning¢3 £(
}
$019ca87c-a015-7ac4-b514-3927a78fc257"zfs-auto-snap(•ÀòÃÊ3Z;"9
backup/archive@auto-01239backup/archiveñíÍ À™ÔÀ(
w
$019ca87c-a07a-74b4-9157-e201b21573c0"zfs-auto-snap(úÀòÃÊ3Z5"3
backup/archive@auto-01233backup/archiveñíÍ(
`
$019ca87c-a081-7398-b882-09a0d3840807"svc-monitor(ÁòÃÊ3r 

rodent-syncrunningú; ¤(
s
$019ca87c-a0c6-7d5c-9747-b0a80b99be9f"auth(ÆÁòÃÊ32

session_idsess-587j"
 
davepassword192.168.1.29 
]
$019ca87c-a0ce-7aba-b384-2d6a6c539900"net(ÎÁòÃÊ3b%#
	10.0.0.3310.0.0.1ì ½*tcp0
s
$019ca87c-a145-77cb-893d-07e2609c611c"auth(ÅÂòÃÊ32

session_idsess-587j"
 
davepassword192.168.1.42 
L
$019ca87c-a175-7487-a6f0-0aad107042db"disk-monitor(õÂòÃÊ3Z2	
sdd!
`
$019ca87c-a190-79d2-9676-246ae9e352b9"svc-monitor(ÃòÃÊ3r 

rodent-syncrunningú; ¤(
_
$019ca87c-a1d2-7b7a-bd34-156f6de60e58"net(ÒÃòÃÊ3b'%
192.168.1.4010.0.0.1ÓÜ *tcp0
]
$019ca87c-a1eb-7c57-a8f5-573d34119d68"net(ëÃòÃÊ3b%#
	10.0.0.2210.0.0.1ÆÂ *tcp0
X
$019ca87c-a262-716b-9c8d-6782863b11cb"svc-monitor(âÄòÃÊ3r

zedrunning­0 ¤(
Y
$019ca87c-a28d-7c7d-ba2c-97c7fdbde97b"svc-monitor(ÅòÃÊ3r

nfsdrunningÔ ¤(
L
$019ca87c-a301-7022-82a8-c2654867d6ea"disk-monitor(ÆòÃÊ3Z2	
sde'
]
$019ca87c-a33e-7118-9d2e-a0d44c5d83da"net(¾ÆòÃÊ3b%#
	10.0.0.4110.0.0.1‹» ½*tcp0
L
$019ca87c-a3a7-7611-852c-0554fd727e7d"disk-monitor(§ÇòÃÊ3Z2	
sdd%
_
$019ca87c-a403-7940-bd07-d536236dbb13"net(ƒÈòÃÊ3b'%
192.168.1.4110.0.0.1öÄ *tcp0
L
$019ca87c-a471-7a52-9adb-fa19fce3a364"disk-monitor(ñÈòÃÊ3Z2	
sdb
L
$019ca87c-a4d9-7a73-9099-c38d96d2cdd0"disk-monitor(ÙÉòÃÊ3Z2	
sdb 
L
$019ca87c-a52e-74c2-b412-5dbf8596b0c4"disk-monitor(®ÊòÃÊ3Z2	
sda%
L
$019ca87c-a53d-76be-9f7a-b4537d6ca26b"disk-monitor(½ÊòÃÊ3Z2	
sde#
]
$019ca87c-a56e-732d-b856-fa20d418254e"net(îÊòÃÊ3b%#
	10.0.0.1910.0.0.1öÄ *tcp0
\
$019ca87c-a5da-7da0-8d0e-2c815899c7a4"net(ÚËòÃÊ3b$"
10.0.0.610.0.0.1ßÃ *tcp0
]
$019ca87c-a5e4-77d7-9020-7839dedafc7c"net(äËòÃÊ3b%#
	10.0.0.2710.0.0.1­Û *tcp0
`
$019ca87c-a656-7fc3-af9f-a4356797bb30"svc-monitor(ÖÌòÃÊ3r 

rodent-syncrunningú; ¦(
_
$019ca87c-a696-7688-9d6b-170af78777c8"net(–ÍòÃÊ3b'%
192.168.1.4310.0.0.1”ˆ *tcp0
_
$019ca87c-a69b-77b9-9e23-3928f93f91bd"net(›ÍòÃÊ3b'%
192.168.1.3810.0.0.1§ *tcp0
Y
$019ca87c-a6e8-7f08-9c11-71d8a0cb838a"svc-monitor(èÍòÃÊ3r

sshdrunning¢3 ¦(
]
$019ca87c-a70f-7093-8118-c7971a1cdf45"net(ÎòÃÊ3b%#
	10.0.0.4110.0.0.1É ½*tcp0
Z
$019ca87c-a729-7bcb-8edb-5d3b872b0451"svc-monitor(©ÎòÃÊ3r

smbdrunning›Á ¦(
L
$019ca87c-a776-7d7e-ade7-a5d5c426180c"disk-monitor(öÎòÃÊ3Z2	
sdb
_
$019ca87c-a794-78ae-86a0-4cb9e8ee9af4"net(”ÏòÃÊ3b'%
192.168.1.5310.0.0.1ÍĞ *tcp0
L
$019ca87c-a79a-77ac-9238-10b6cede4c1a"disk-monitor(šÏòÃÊ3Z2	
sdb 
\
$019ca87c-a7f3-74de-a999-fbd7d8554930"net(óÏòÃÊ3b$"
10.0.0.610.0.0.1Ä *tcp0
s
$019ca87c-a82b-77e6-8e88-21af8c14ac97"zfs-auto-snap(«ĞòÃÊ3Z1"/
tank/home@auto-01240	tank/homeóíÍ €ÎäÍ(
m
$019ca87c-a842-70e9-a786-cd3838c5f160"zfs-auto-snap(ÂĞòÃÊ3Z+")
tank/home@auto-01224	tank/homeóíÍ(
}
$019ca87c-a89c-7cea-b64a-3368e2f27ca0"zfs-auto-snap(œÑòÃÊ3Z;"9
backup/archive@auto-01241backup/archiveóíÍ €Ü²ê(
w
$019ca87c-a8ac-732e-bb45-ba770a7f6e01"zfs-auto-snap(¬ÑòÃÊ3Z5"3
backup/archive@auto-01234backup/archiveóíÍ(
L
$019ca87c-a8b3-76cb-93cb-4108f33b0936"disk-monitor(³ÑòÃÊ3Z2	
sdd%
L
$019ca87c-a915-78ce-aa63-f02fdb4b21f4"disk-monitor(•ÒòÃÊ3Z2	
sda%
_
$019ca87c-a93a-7829-8893-fcec0e1eebd3"net(ºÒòÃÊ3b'%
192.168.1.4010.0.0.1Ã” *tcp0
Y
$019ca87c-a998-70ea-8d76-b36cb60e4d48"svc-monitor(˜ÓòÃÊ3r

nfsdrunningÔ §(
L
$019ca87c-a9ef-71fd-869e-179e8157b024"disk-monitor(ïÓòÃÊ3Z2	
sde%
]
$019ca87c-aa35-7280-9fea-d5a71f68631b"net(µÔòÃÊ3b%#
	10.0.0.3810.0.0.1™Á ½*tcp0
L
$019ca87c-aa82-7993-b9a6-909e1c3a639e"disk-monitor(‚ÕòÃÊ3Z2	
sdb 
]
$019ca87c-aabf-75c5-b41e-7b85f32b1b2b"net(¿ÕòÃÊ3b%#
	10.0.0.2210.0.0.1ªÇ ½*tcp0
]
$019ca87c-aad8-7128-be91-a4d9a878ee88"net(ØÕòÃÊ3b%#
	10.0.0.1910.0.0.1àÉ ½*tcp0
s
$019ca87c-ab40-7571-ad94-3d5c377bfc8e"auth(ÀÖòÃÊ32

session_idsess-588j"
 
davepassword192.168.1.42 
Y
$019ca87c-abac-77b6-8695-805a2f6b1f3f"svc-monitor(¬×òÃÊ3r

sshdrunning¢3 ¨(
s
$019ca87c-abce-75df-bc05-f9826faa95b7"zfs-auto-snap(Î×òÃÊ3Z1"/
tank/home@auto-01242	tank/homeôíÍ ÀÄãÒ(
m
$019ca87c-ac1a-7ba9-9caf-85e37b452179"zfs-auto-snap(šØòÃÊ3Z+")
tank/home@auto-01225	tank/homeôíÍ(
]
$019ca87c-ac84-722e-918e-b8cf3b5586cd"net(„ÙòÃÊ3b%#
	10.0.0.1410.0.0.1Öú *tcp0
]
$019ca87c-acea-7f89-bbec-bb30cd22d144"net(êÙòÃÊ3b%#
	10.0.0.2310.0.0.1¶û ½*tcp0
u
$019ca87c-ad2e-7c8a-8dba-9a939d09315e"zfs-auto-snap(®ÚòÃÊ3Z3"1
tank/media@auto-01243
tank/mediaôíÍ ÀÈ÷Ã(
o
$019ca87c-ad4d-7f57-9101-a86032fbe678"zfs-auto-snap(ÍÚòÃÊ3Z-"+
tank/media@auto-01229
tank/mediaõíÍ(
X
$019ca87c-adc4-7d58-8335-28ee6c63ecfe"svc-monitor(ÄÛòÃÊ3r

zedrunning­0 ©(
L
$019ca87c-ae0c-7647-a8df-02aa53614682"disk-monitor(ŒÜòÃÊ3Z2	
sdd'
X
$019ca87c-ae3f-79b5-b963-eef805f5e576"svc-monitor(¿ÜòÃÊ3r

zedrunning­0 ©(
u
$019ca87c-aeae-7c64-91e1-15d206709f64"zfs-auto-snap(®İòÃÊ3Z3"1
tank/media@auto-01244
tank/mediaõíÍ €–ë±(
o
$019ca87c-af1d-700a-bf19-68d7cb91a912"zfs-auto-snap(ŞòÃÊ3Z-"+
tank/media@auto-01231
tank/mediaõíÍ(
L
$019ca87c-af24-79a8-bd7a-ed3f0d70ec64"disk-monitor(¤ŞòÃÊ3Z2	
sde 
L
$019ca87c-af87-7105-99dc-792a6874f718"disk-monitor(‡ßòÃÊ3Z2	
sdd!
L
$019ca87c-afd1-7fcd-b450-2a752ff024e9"disk-monitor(ÑßòÃÊ3Z2	
sdb'
]
$019ca87c-b016-7b49-bb42-02556cdfadab"net(–àòÃÊ3b%#
	10.0.0.2410.0.0.1å‘ ½*tcp0
L
$019ca87c-b076-7f7c-baec-ae99d1de0774"disk-monitor(öàòÃÊ3Z2	
sde!
]
$019ca87c-b0e4-7961-aeaa-d1de55183be2"net(äáòÃÊ3b%#
	10.0.0.2510.0.0.1›ß *tcp0
]
$019ca87c-b11f-7070-8496-8afc77663175"net(ŸâòÃÊ3b%#
	10.0.0.3310.0.0.1Äİ *tcp0
]
$019ca87c-b171-770c-9075-a597fa13f3e9"net(ñâòÃÊ3b%#
	10.0.0.2410.0.0.1Çû *tcp0
L
$019ca87c-b17c-7ac1-b8e3-b33fc9c0a0fa"disk-monitor(üâòÃÊ3Z2	
sdb'
Y
$019ca87c-b19a-74c6-869b-1d2bc146cf7b"svc-monitor(šãòÃÊ3r

sshdrunning¢3 ª(
L
$019ca87c-b1d4-77fe-b608-86dc32481b85"disk-monitor(ÔãòÃÊ3Z2	
sde&
L
$019ca87c-b250-7453-8502-2132a1d768ed"disk-monitor(ĞäòÃÊ3Z2	
sda 
Y
$019ca87c-b27c-7dcf-b004-fe0a712dbec9"svc-monitor(üäòÃÊ3r

nfsdrunningÔ ª(
Z
$019ca87c-b2a8-78cd-8399-4160773b8826"svc-monitor(¨åòÃÊ3r

smbdrunning›Á «(
`
$019ca87c-b319-7597-b7e9-4f117ce5b976"svc-monitor(™æòÃÊ3r 

rodent-syncrunningú; «(
X
$019ca87c-b36b-7371-bcdb-a170722403c6"svc-monitor(ëæòÃÊ3r

zedrunning­0 «(
X
$019ca87c-b37e-7e67-a9f8-cabdf340ce87"svc-monitor(şæòÃÊ3r

zedrunning­0 «(
Y
$019ca87c-b3c4-71b3-ade8-c1cceb236e14"svc-monitor(ÄçòÃÊ3r

sshdrunning¢3 «(
]
$019ca87c-b423-7512-a2d9-26b0bf8ea8a1"net(£èòÃÊ3b%#
	10.0.0.1810.0.0.1›Ó *tcp0
s
$019ca87c-b495-7eab-ad5d-62f7222c8c61"auth(•éòÃÊ32

session_idsess-588j"
 
davepassword192.168.1.22 
u
$019ca87c-b4c2-7c65-add5-f86dd3f67a08"zfs-auto-snap(ÂéòÃÊ3Z3"1
tank/media@auto-01245
tank/mediaöíÍ €¢®¬(
o
$019ca87c-b4ca-766f-adfa-116286da5f7d"zfs-auto-snap(ÊéòÃÊ3Z-"+
tank/media@auto-01235
tank/mediaöíÍ(
Z
$019ca87c-b516-720b-8e92-dc8a02578b83"svc-monitor(–êòÃÊ3r

smbdrunning›Á «(
L
$019ca87c-b55f-7905-ab2a-f5187089da88"disk-monitor(ßêòÃÊ3Z2	
sda
Z
$019ca87c-b5a4-7b32-8006-df671bdd0ecc"svc-monitor(¤ëòÃÊ3r

smbdrunning›Á ¬(
]
$019ca87c-b5c0-7ba1-87c1-8775606a04f8"net(ÀëòÃÊ3b%#
	10.0.0.3210.0.0.1Û– ½*tcp0
_
$019ca87c-b5dc-7be9-a58e-cd3a972ef8d6"net(ÜëòÃÊ3b'%
192.168.1.4410.0.0.1¼¿ *tcp0
`
$019ca87c-b5fa-7bc3-8c4d-6923db4ca949"svc-monitor(úëòÃÊ3r 

rodent-syncrunningú; ¬(
s
$019ca87c-b65f-71f9-ba5c-25032a0e6a03"zfs-auto-snap(ßìòÃÊ3Z1"/
tank/home@auto-01246	tank/home÷íÍ €Ï™«(
m
$019ca87c-b69b-7b00-8191-865a78249448"zfs-auto-snap(›íòÃÊ3Z+")
tank/home@auto-01227	tank/home÷íÍ(
t
$019ca87c-b6de-7644-8cdf-c146bf49954d"auth(ŞíòÃÊ32

session_idsess-589j#
!
alicepassword192.168.1.39 
]
$019ca87c-b73c-7713-b683-ea0c1de81675"net(¼îòÃÊ3b%#
	10.0.0.2210.0.0.1ïÂ *tcp0
L
$019ca87c-b742-7540-b584-d3948b4b13dd"disk-monitor(ÂîòÃÊ3Z2	
sdd$
]
$019ca87c-b7be-7824-90ae-c29d2621cf7a"net(¾ïòÃÊ3b%#
	10.0.0.1710.0.0.1ÀÎ *tcp0
X
$019ca87c-b7dc-7613-8f96-65813045476b"svc-monitor(ÜïòÃÊ3r

zedrunning­0 ­(
L
$019ca87c-b801-77eb-93ce-cd6ea55c0112"disk-monitor(ğòÃÊ3Z2	
sdb&
Y
$019ca87c-b82b-77e2-a260-2db3a6209f26"svc-monitor(«ğòÃÊ3r

nfsdrunningÔ ­(
`
$019ca87c-b87b-75b5-b7b1-a09c5b122ddb"svc-monitor(ûğòÃÊ3r 

rodent-syncrunningú; ­(
Y
$019ca87c-b8d6-7d68-bc22-5c338ebb71ae"svc-monitor(ÖñòÃÊ3r

sshdrunning¢3 ­(
L
$019ca87c-b901-70fe-9200-22eadaa53874"disk-monitor(òòÃÊ3Z2	
sdd"
]
$019ca87c-b962-74f5-b61c-e099925ee888"net(âòòÃÊ3b%#
	10.0.0.2110.0.0.1ó¥ ½*tcp0
u
$019ca87c-b99e-7a5a-941c-87fa3621f6a5"zfs-auto-snap(óòÃÊ3Z3"1
tank/media@auto-01247
tank/mediaøíÍ €Ö§(
o
$019ca87c-b9d7-7cb5-afcb-2a6486acf288"zfs-auto-snap(×óòÃÊ3Z-"+
tank/media@auto-01237
tank/mediaøíÍ(
]
$019ca87c-ba26-74d8-89aa-03eff0455d52"net(¦ôòÃÊ3b%#
	10.0.0.3010.0.0.1ÂÎ ½*tcp0
`
$019ca87c-ba4d-709a-960e-3bd9d9ae1332"svc-monitor(ÍôòÃÊ3r 

rodent-syncrunningú; ®(
Y
$019ca87c-babc-701d-9c86-91ec33825b1a"svc-monitor(¼õòÃÊ3r

sshdrunning¢3 ®(
]
$019ca87c-bb24-7cf0-aa04-223d4ee4e993"net(¤öòÃÊ3b%#
	10.0.0.1510.0.0.1â« *tcp0
L
$019ca87c-bb44-7ead-b8b7-d00c492bec98"disk-monitor(ÄöòÃÊ3Z2	
sde$
t
$019ca87c-bb66-7121-9507-83422ba6a1bc"auth(æöòÃÊ32

session_idsess-590j#
!
alicepassword192.168.1.50 
}
$019ca87c-bbd6-771e-ab1a-b4260b7fbd36"zfs-auto-snap(Ö÷òÃÊ3Z;"9
backup/archive@auto-01248backup/archiveøíÍ Àá¸(
w
$019ca87c-bbfe-7fcc-b2a6-dea419099ee7"zfs-auto-snap(ş÷òÃÊ3Z5"3
backup/archive@auto-01236backup/archiveøíÍ(
Y
$019ca87c-bc66-7bde-8c9f-8dff1e8c7a64"svc-monitor(æøòÃÊ3r

sshdrunning¢3 ®(
]
$019ca87c-bcaf-7d89-80c8-1c35a9cca8ef"net(¯ùòÃÊ3b%#
	10.0.0.2410.0.0.1® ½*tcp0
t
$019ca87c-bd1d-7ca6-a934-f360a3b6c22c"auth(úòÃÊ32

session_idsess-591j#
!
carolpassword192.168.1.49 
]
$019ca87c-bd79-7c32-b332-32b267675ead"net(ùúòÃÊ3b%#
	10.0.0.2810.0.0.1‡³ *tcp0
u
$019ca87c-bd94-741d-b911-6a242d422dd7"zfs-auto-snap(”ûòÃÊ3Z3"1
tank/media@auto-01249
tank/mediaùíÍ À‘Û“(
o
$019ca87c-bdcc-745e-80a1-409c40229c01"zfs-auto-snap(ÌûòÃÊ3Z-"+
tank/media@auto-01243
tank/mediaùíÍ(
]
$019ca87c-be0c-7dde-8524-825809b5bb7e"net(ŒüòÃÊ3b%#
	10.0.0.2610.0.0.1Èº *tcp0
\
$019ca87c-be64-7eb2-a8da-d9e226be5911"net(äüòÃÊ3b$"
10.0.0.510.0.0.1ˆ¹ *tcp0
L
$019ca87c-bec5-7476-87da-67be36726dca"disk-monitor(ÅıòÃÊ3Z2	
sdd'
]
$019ca87c-bf21-7aa1-a280-2e1d07418911"net(¡şòÃÊ3b%#
	10.0.0.2610.0.0.1ĞÆ *tcp0
L
$019ca87c-bf9b-7cb9-85e4-4a849b12b9d1"disk-monitor(›ÿòÃÊ3Z2	
sda#
]
$019ca87c-bffc-727e-a972-94af31c06553"net(üÿòÃÊ3b%#
	10.0.0.3510.0.0.1«´ ½*tcp0
L
$019ca87c-c05a-7c75-b126-61b974923c4b"disk-monitor(Ú€óÃÊ3Z2	
sdd
t
$019ca87c-c07e-747f-bf05-bac141a90536"auth(ş€óÃÊ32

session_idsess-589j#
!
alicepassword192.168.1.47 
L
$019ca87c-c0b4-72e2-8f92-b0920cc3e99e"disk-monitor(´óÃÊ3Z2	
sda%
`
$019ca87c-c12d-75e7-b765-97b37f6f3f0d"svc-monitor(­‚óÃÊ3r 

rodent-syncrunningú; °(
L
$019ca87c-c1a5-76b1-bd20-fd5bd379a813"disk-monitor(¥ƒóÃÊ3Z2	
sdd 
]
$019ca87c-c20a-73e6-8604-40f505dc683c"net(Š„óÃÊ3b%#
	10.0.0.2010.0.0.1ûŸ ½*tcp0
Z
$019ca87c-c253-7ffa-b554-6d99e0e278b5"svc-monitor(Ó„óÃÊ3r

smbdrunning›Á °(
t
$019ca87c-c2a3-7704-beff-7a7ff9f710eb"auth(£…óÃÊ32

session_idsess-590j#
!
alicepassword192.168.1.45 
L
$019ca87c-c2f4-764d-a642-a32034e2b5c1"disk-monitor(ô…óÃÊ3Z2	
sde 
X
$019ca87c-c34b-7963-ae87-81335ceb2547"svc-monitor(Ë†óÃÊ3r

zedrunning­0 °(
`
$019ca87c-c38a-717a-8f1d-176e86956a59"svc-monitor(Š‡óÃÊ3r 

rodent-syncrunningú; ±(
s
$019ca87c-c3f4-7bc8-9980-00a43dc60fce"auth(ô‡óÃÊ32

session_idsess-592j"
 
davepassword192.168.1.26 
}
$019ca87c-c429-7491-aa57-5b1a7e1c0107"zfs-auto-snap(©ˆóÃÊ3Z;"9
backup/archive@auto-01250backup/archiveúíÍ €ö±	(
w
$019ca87c-c478-757d-9976-6cea2969d7df"zfs-auto-snap(øˆóÃÊ3Z5"3
backup/archive@auto-01238backup/archiveúíÍ(
L
$019ca87c-c4a0-747b-8f50-f6bcde161bd1"disk-monitor( ‰óÃÊ3Z2	
sdd 
u
$019ca87c-c514-7621-82f2-a6449adbe2f2"zfs-auto-snap(”ŠóÃÊ3Z3"1
tank/media@auto-01251
tank/mediaûíÍ Àİşâ(
o
$019ca87c-c551-7100-8868-0f4551c80bae"zfs-auto-snap(ÑŠóÃÊ3Z-"+
tank/media@auto-01244
tank/mediaûíÍ(
}
$019ca87c-c5cc-733e-8b72-0567de9639ce"zfs-auto-snap(Ì‹óÃÊ3Z;"9
backup/archive@auto-01252backup/archiveûíÍ €ƒ‘Ê(
w
$019ca87c-c5d5-7253-b742-6ecd18954e71"zfs-auto-snap(Õ‹óÃÊ3Z5"3
backup/archive@auto-01239backup/archiveûíÍ(
s
$019ca87c-c622-7429-bbe5-b8d3a67cb40d"auth(¢ŒóÃÊ32

session_idsess-593j"
 
davepassword192.168.1.47 
]
$019ca87c-c627-7dfc-93bb-f078e9d257f8"net(§ŒóÃÊ3b%#
	10.0.0.2510.0.0.1Éù ½*tcp0
Y
$019ca87c-c641-7a3b-9d42-59d1b5247e82"svc-monitor(ÁŒóÃÊ3r

sshdrunning¢3 ²(
]
$019ca87c-c666-7825-ab04-6ca4aad9f5ac"net(æŒóÃÊ3b%#
	10.0.0.3010.0.0.1ÚÛ *tcp0
L
$019ca87c-c681-7b21-b85c-1647380d68a0"disk-monitor(óÃÊ3Z2	
sdd%
}
$019ca87c-c6c9-7b94-b482-026f920bf26e"zfs-auto-snap(ÉóÃÊ3Z;"9
backup/archive@auto-01253backup/archiveûíÍ €ïŠÿ(
w
$019ca87c-c6e4-7f5e-9a1a-8939d05daf47"zfs-auto-snap(äóÃÊ3Z5"3
backup/archive@auto-01241backup/archiveûíÍ(
Y
$019ca87c-c70e-74c5-8e6e-5d2b193d1757"svc-monitor(óÃÊ3r

nfsdrunningÔ ²(
u
$019ca87c-c77f-7dd6-bb6c-249783a4856d"zfs-auto-snap(ÿóÃÊ3Z3"1
tank/media@auto-01254
tank/mediaûíÍ €âØ¤(
o
$019ca87c-c7ee-7b1f-a249-a6693a5808d8"zfs-auto-snap(îóÃÊ3Z-"+
tank/media@auto-01245
tank/mediaûíÍ(
X
$019ca87c-c868-73dd-a6a8-7f83ecca0768"svc-monitor(èóÃÊ3r

zedrunning­0 ²(
t
$019ca87c-c8a0-78a4-b845-4da44b40739a"auth( ‘óÃÊ32

session_idsess-591j#
!
carolpassword192.168.1.56 
\
$019ca87c-c8cf-7a0c-beea-20de2bc5693b"net(Ï‘óÃÊ3b$"
10.0.0.710.0.0.1Ö ½*tcp0
Z
$019ca87c-c908-7ad3-8a53-138de75b3337"svc-monitor(ˆ’óÃÊ3r

smbdrunning›Á ³(
L
$019ca87c-c92f-7002-a8c1-a0992ccd092c"disk-monitor(¯’óÃÊ3Z2	
sdb!
]
$019ca87c-c957-7a18-89eb-d8f3e1c1ab86"net(×’óÃÊ3b%#
	10.0.0.1110.0.0.1ï¹ ½*tcp0
]
$019ca87c-c964-7468-ba9e-78421466fe06"net(ä’óÃÊ3b%#
	10.0.0.4010.0.0.1±Ç *tcp0
L
$019ca87c-c9a8-7dfb-a144-bb4271847f74"disk-monitor(¨“óÃÊ3Z2	
sdb
\
$019ca87c-c9f8-7ba5-9cda-c82b58febef6"net(ø“óÃÊ3b$"
10.0.0.610.0.0.1È ½*tcp0
`
$019ca87c-ca2d-77b4-85b7-cd9794f1e04d"svc-monitor(­”óÃÊ3r 

rodent-syncrunningú; ³(
L
$019ca87c-ca71-7230-8416-db2e4597a291"disk-monitor(ñ”óÃÊ3Z2	
sda#
L
$019ca87c-ca86-74bf-b1c3-6d797bafc7c9"disk-monitor(†•óÃÊ3Z2	
sda!
Y
$019ca87c-cae2-7129-91b2-61da7a9773b2"svc-monitor(â•óÃÊ3r

nfsdrunningÔ ´(
X
$019ca87c-cb36-7a1d-a3bb-53aac396883c"svc-monitor(¶–óÃÊ3r

zedrunning­0 ´(
L
$019ca87c-cb9c-7d27-b65c-bca24903aff9"disk-monitor(œ—óÃÊ3Z2	
sdb
]
$019ca87c-cbc1-7654-9721-5c80ab24ba9e"net(Á—óÃÊ3b%#
	10.0.0.2910.0.0.1õà ½*tcp0
Y
$019ca87c-cc27-7ee9-ae26-d6089ec5bb81"svc-monitor(§˜óÃÊ3r

sshdrunning¢3 ´(
L
$019ca87c-cc7a-7397-93a8-bf2c7758a330"disk-monitor(ú˜óÃÊ3Z2	
sdb#
]
$019ca87c-ccea-78da-92a5-7785402d1904"net(ê™óÃÊ3b%#
	10.0.0.1910.0.0.1ÇÉ ½*tcp0
]
$019ca87c-cd56-7067-9455-741dea6ef707"net(ÖšóÃÊ3b%#
	10.0.0.1310.0.0.1ğƒ ½*tcp0
`
$019ca87c-cdb5-7d8e-a705-d1fcba1acc20"svc-monitor(µ›óÃÊ3r 

rodent-syncrunningú; ´(
Y
$019ca87c-cdca-7340-abdf-0adfad983f25"svc-monitor(Ê›óÃÊ3r

sshdrunning¢3 µ(
Y
$019ca87c-cdee-7098-83a7-fa4052faa883"svc-monitor(î›óÃÊ3r

nfsdrunningÔ µ(
Z
$019ca87c-ce21-7431-9eee-e7019d8072f3"svc-monitor(¡œóÃÊ3r

smbdrunning›Á µ(
u
$019ca87c-ce88-7ea0-b8eb-3b4920bd607f"zfs-auto-snap(ˆóÃÊ3Z3"1
tank/media@auto-01255
tank/mediaıíÍ ÀµûÆ(
o
$019ca87c-ceeb-7ac2-aaa8-6a975f722240"zfs-auto-snap(ëóÃÊ3Z-"+
tank/media@auto-01247
tank/mediaıíÍ(
L
$019ca87c-cf41-72aa-a7bb-0dd6f4350a02"disk-monitor(ÁóÃÊ3Z2	
sda&
X
$019ca87c-cfb7-7d88-898b-616aa7343fc6"svc-monitor(·ŸóÃÊ3r

zedrunning­0 µ(
X
$019ca87c-d02d-734f-b02e-330ec5567c68"svc-monitor(­ óÃÊ3r

zedrunning­0 µ(
]
$019ca87c-d07a-7d0e-8ceb-558a4cfc516d"net(ú óÃÊ3b%#
	10.0.0.1310.0.0.1ÄÁ *tcp0
`
$019ca87c-d0da-7022-a86e-0185c72c0847"svc-monitor(Ú¡óÃÊ3r 

rodent-syncrunningú; µ(
L
$019ca87c-d14a-7bcd-9759-777794cd4736"disk-monitor(Ê¢óÃÊ3Z2	
sdd#
s
$019ca87c-d1a0-7848-a5a5-e35fc14582c7"auth( £óÃÊ32

session_idsess-592j"
 
davepassword192.168.1.32 
]
$019ca87c-d1e7-7566-ba69-c99e3fb4ad05"net(ç£óÃÊ3b%#
	10.0.0.1110.0.0.1€¹ ½*tcp0
s
$019ca87c-d25c-7da3-8ec2-e23e3b67038c"auth(Ü¤óÃÊ32

session_idsess-593j"
 
davepassword192.168.1.41 
\
$019ca87c-d2aa-7fd4-99fa-0b19c6c57d95"net(ª¥óÃÊ3b$"
10.0.0.410.0.0.1ùü ½*tcp0
L
$019ca87c-d324-7391-bf2f-bdbf85f3abc3"disk-monitor(¤¦óÃÊ3Z2	
sde#
_
$019ca87c-d39e-78e1-a3c7-44b8a426d9e2"net(§óÃÊ3b'%
192.168.1.4710.0.0.1‡Í *tcp0
`
$019ca87c-d3bc-7a79-a5aa-dab173444403"svc-monitor(¼§óÃÊ3r 

rodent-syncrunningú; ¶(
X
$019ca87c-d421-7ef8-bba3-c349f1f2e4b6"svc-monitor(¡¨óÃÊ3r

zedrunning­0 ¶(
\
$019ca87c-d436-727a-9282-b9c431539c53"net(¶¨óÃÊ3b$"
10.0.0.210.0.0.1™ ½*tcp0
]
$019ca87c-d486-76c0-b23b-7e6f6de4fb47"net(†©óÃÊ3b%#
	10.0.0.1010.0.0.1×é ½*tcp0
Y
$019ca87c-d4d6-7ab1-a899-3c36d6c32e7d"svc-monitor(Ö©óÃÊ3r

sshdrunning¢3 ·(
Y
$019ca87c-d4e1-7c34-831a-6a325a2415d1"svc-monitor(á©óÃÊ3r

nfsdrunningÔ ·(
]
$019ca87c-d52e-7ad2-b17a-4819ba8335be"net(®ªóÃÊ3b%#
	10.0.0.2410.0.0.1ÏÏ ½*tcp0
Y
$019ca87c-d55b-7fe1-b0e2-75387c6590ef"svc-monitor(ÛªóÃÊ3r

nfsdrunningÔ ·(
Y
$019ca87c-d567-71a7-b12c-59df4e88d430"svc-monitor(çªóÃÊ3r

nfsdrunningÔ ·(
]
$019ca87c-d575-7193-bc0f-eb975de2841f"net(õªóÃÊ3b%#
	10.0.0.1210.0.0.1ÑŸ ½*tcp0
L
$019ca87c-d5c7-7451-bf03-72a5375485cf"disk-monitor(Ç«óÃÊ3Z2	
sdb#
X
$019ca87c-d641-7724-9475-a14bcde71346"svc-monitor(Á¬óÃÊ3r

zedrunning­0 ·(
Z
$019ca87c-d694-772b-a710-d3bcc0787bec"auth(”­óÃÊ3j!

bobpassword192.168.1.11 
L
$019ca87c-d6c1-77a7-99aa-dc1e569f376a"disk-monitor(Á­óÃÊ3Z2	
sde!
`
$019ca87c-d712-78ae-b20a-c7efb89abe42"svc-monitor(’®óÃÊ3r 

rodent-syncrunningú; ¸(
Y
$019ca87c-d767-7a04-a1af-3260ffe2da1b"svc-monitor(ç®óÃÊ3r

sshdrunning¢3 ¸(
Z
$019ca87c-d7aa-7860-aedb-2a8c4133a45c"svc-monitor(ª¯óÃÊ3r

smbdrunning›Á ¸(
]
$019ca87c-d7cf-76e1-8102-0b7030e4faee"net(Ï¯óÃÊ3b%#
	10.0.0.1310.0.0.1ı ½*tcp0
L
$019ca87c-d849-7656-afd7-bef3ce0592f3"disk-monitor(É°óÃÊ3Z2	
sdb!
\
$019ca87c-d869-72e8-8b43-dcd5b6aa5f09"net(é°óÃÊ3b$"
10.0.0.410.0.0.1´û *tcp0
L
$019ca87c-d8a9-7d91-992a-c4f58f284b16"disk-monitor(©±óÃÊ3Z2	
sdd"
L
$019ca87c-d8b2-7c75-b0ac-74ae30c9d33c"disk-monitor(²±óÃÊ3Z2	
sde!
t
$019ca87c-d90c-7b7d-a8c4-52ca413db85c"auth(Œ²óÃÊ32

session_idsess-594j#
!
carolpassword192.168.1.33 
`
$019ca87c-d919-7a4e-8441-0533c646a030"svc-monitor(™²óÃÊ3r 

rodent-syncrunningú; ¹(
Y
$019ca87c-d923-7049-aa40-c6c573f211c7"svc-monitor(£²óÃÊ3r

sshdrunning¢3 ¹(
Y
$019ca87c-d980-71fa-83ee-cfec1b8a9363"svc-monitor(€³óÃÊ3r

sshdrunning¢3 ¹(
L
$019ca87c-d9af-7c91-ae93-1a7f1e265d37"disk-monitor(¯³óÃÊ3Z2	
sdd!
L
$019ca87c-da15-77a2-98d8-8e73192bcf62"disk-monitor(•´óÃÊ3Z2	
sde$
L
$019ca87c-da77-7cfd-8296-46b73c952ebb"disk-monitor(÷´óÃÊ3Z2	
sdb&
L
$019ca87c-dab2-7622-8647-332fe7f661ad"disk-monitor(²µóÃÊ3Z2	
sda
`
$019ca87c-db12-7e86-a65c-abc106d11b10"svc-monitor(’¶óÃÊ3r 

rodent-syncrunningú; ¹(
L
$019ca87c-db5f-7ef8-b7c8-927226917a35"disk-monitor(ß¶óÃÊ3Z2	
sdd%
]
$019ca87c-dbb4-7881-918c-4ee165d0f569"net(´·óÃÊ3b%#
	10.0.0.3110.0.0.1ÉÀ *tcp0
Y
$019ca87c-dbd5-7a54-be96-f6e83c74e519"svc-monitor(Õ·óÃÊ3r

sshdrunning¢3 º(
]
$019ca87c-dc44-7823-a0d8-a150a1d63a04"net(Ä¸óÃÊ3b%#
	10.0.0.1110.0.0.1¿‘ *tcp0
L
$019ca87c-dc82-7fc8-abc6-398c0cc4d2cd"disk-monitor(‚¹óÃÊ3Z2	
sda"
Y
$019ca87c-dcf6-73de-b3aa-d276d804c160"svc-monitor(ö¹óÃÊ3r

nfsdrunningÔ º(
L
$019ca87c-dd2c-7c0f-bb58-5ea18902edb1"disk-monitor(¬ºóÃÊ3Z2	
sda#
Y
$019ca87c-dd9c-7452-a2e6-c8722f25a9e9"svc-monitor(œ»óÃÊ3r

nfsdrunningÔ º(
t
$019ca87c-ddc5-712c-9d96-c6d69e28f454"auth(Å»óÃÊ32

session_idsess-595j#
!
alicepassword192.168.1.59 
t
$019ca87c-de0c-7107-8564-9687fd9b5cef"auth(Œ¼óÃÊ32

session_idsess-594j#
!
carolpassword192.168.1.12 
`
$019ca87c-de30-7bb1-9f28-c1b1df8b16d0"svc-monitor(°¼óÃÊ3r 

rodent-syncrunningú; º(
s
$019ca87c-de3a-7ba6-a3fa-7f0a0e8f7637"zfs-auto-snap(º¼óÃÊ3Z1"/
tank/home@auto-01256	tank/homeîÍ ÀîÍ¨(
m
$019ca87c-de81-7747-adff-a100924288dd"zfs-auto-snap(½óÃÊ3Z+")
tank/home@auto-01230	tank/homeîÍ(
X
$019ca87c-dedf-76e2-8e2b-6ef9927b3786"svc-monitor(ß½óÃÊ3r

zedrunning­0 »(
]
$019ca87c-df28-71ed-b21c-80738a0ede76"net(¨¾óÃÊ3b%#
	10.0.0.2710.0.0.1‹Î *tcp0
Z
$019ca87c-df33-7d5b-913f-f9994bac6d00"svc-monitor(³¾óÃÊ3r

smbdrunning›Á »(
L
$019ca87c-df64-73a8-b2db-7b5800d49e6e"disk-monitor(ä¾óÃÊ3Z2	
sda'
]
$019ca87c-df8f-7bd9-b589-ca06d6cc6135"net(¿óÃÊ3b%#
	10.0.0.3510.0.0.1ŠÄ ½*tcp0
u
$019ca87c-dfb0-7e1b-b45c-e5f2b503d156"zfs-auto-snap(°¿óÃÊ3Z3"1
tank/media@auto-01257
tank/mediaîÍ À‹íˆ(
o
$019ca87c-dfbe-77a2-9b1a-ade805429092"zfs-auto-snap(¾¿óÃÊ3Z-"+
tank/media@auto-01249
tank/mediaîÍ(
Z
$019ca87c-e016-7d05-bd3f-6f1c0e5691d5"svc-monitor(–ÀóÃÊ3r

smbdrunning›Á »(
`
$019ca87c-e067-71c0-95fe-13b4b29896eb"svc-monitor(çÀóÃÊ3r 

rodent-syncrunningú; »(
t
$019ca87c-e075-753f-8ad6-a6305690a0a3"auth(õÀóÃÊ32

session_idsess-595j#
!
alicepassword192.168.1.35 
]
$019ca87c-e0aa-780c-bae2-b174cb4b879f"net(ªÁóÃÊ3b%#
	10.0.0.3610.0.0.1Ô² *tcp0
\
$019ca87c-e0bb-7e55-8871-9c34d18c24e7"net(»ÁóÃÊ3b$"
10.0.0.210.0.0.1Ä« ½*tcp0
Z
$019ca87c-e129-7fc1-a265-4c4c5bf9bf30"svc-monitor(©ÂóÃÊ3r

smbdrunning›Á ¼(
L
$019ca87c-e196-7067-93c4-a1a03c75e7f9"disk-monitor(–ÃóÃÊ3Z2	
sda 
_
$019ca87c-e1be-77a8-83a3-6d5518411e42"net(¾ÃóÃÊ3b'%
192.168.1.1710.0.0.1£¯ *tcp0
Y
$019ca87c-e217-7c4e-9a6a-aece2138ae30"svc-monitor(—ÄóÃÊ3r

nfsdrunningÔ ¼(
u
$019ca87c-e27c-76f5-98f1-d6ed4a8cde7f"zfs-auto-snap(üÄóÃÊ3Z3"1
tank/media@auto-01258
tank/media‚îÍ ÀÈîÉ(
o
$019ca87c-e2d0-7450-ab0f-beacaf8ca829"zfs-auto-snap(ĞÅóÃÊ3Z-"+
tank/media@auto-01251
tank/media‚îÍ(
]
$019ca87c-e2df-7d9d-9baf-7b79e3988954"net(ßÅóÃÊ3b%#
	10.0.0.3910.0.0.1„á *tcp0
]
$019ca87c-e315-7943-a7dd-92a943e17a36"net(•ÆóÃÊ3b%#
	10.0.0.3910.0.0.1™¦ *tcp0
_
$019ca87c-e338-7923-bd15-2302599a84e7"net(¸ÆóÃÊ3b'%
192.168.1.1110.0.0.1ù€ *tcp0
Y
$019ca87c-e37f-72c8-9311-92254cab2e4c"svc-monitor(ÿÆóÃÊ3r

nfsdrunningÔ ½(
L
$019ca87c-e3c4-7de1-8588-2082bed2ff06"disk-monitor(ÄÇóÃÊ3Z2	
sdb#
]
$019ca87c-e405-7494-8a4f-c872809ef29c"net(…ÈóÃÊ3b%#
	10.0.0.1310.0.0.1şÔ ½*tcp0
Y
$019ca87c-e40d-7fad-a78e-829f8e7a0a93"svc-monitor(ÈóÃÊ3r

nfsdrunningÔ ½(
`
$019ca87c-e414-74e1-a94d-d9b3d808194c"svc-monitor(”ÈóÃÊ3r 

rodent-syncrunningú; ½(
L
$019ca87c-e422-7773-9db2-d25f16201db5"disk-monitor(¢ÈóÃÊ3Z2	
sde
]
$019ca87c-e495-7979-ad56-f5b9fee44271"net(•ÉóÃÊ3b%#
	10.0.0.1710.0.0.1Ú ½*tcp0
_
$019ca87c-e4d4-7be3-b424-6ffe3dee60c2"net(ÔÉóÃÊ3b'%
192.168.1.1210.0.0.1Œ° *tcp0
L
$019ca87c-e4f1-7538-a75f-c11b45758cda"disk-monitor(ñÉóÃÊ3Z2	
sdd 
]
$019ca87c-e563-782b-9df8-8629375629ef"net(ãÊóÃÊ3b%#
	10.0.0.1210.0.0.1”· ½*tcp0
Y
$019ca87c-e570-7e6e-a649-31e2384180c2"svc-monitor(ğÊóÃÊ3r

sshdrunning¢3 ¾(
]
$019ca87c-e57f-72e3-9bc5-db20d33fb9eb"net(ÿÊóÃÊ3b%#
	10.0.0.2210.0.0.1êï *tcp0
L
$019ca87c-e592-7159-a1c9-22c6a1abb1dd"disk-monitor(’ËóÃÊ3Z2	
sda"
Y
$019ca87c-e5d7-7bca-b974-0dd94d5f362b"svc-monitor(×ËóÃÊ3r

sshdrunning¢3 ¾(
Y
$019ca87c-e641-7056-9d5d-d25023ffe040"svc-monitor(ÁÌóÃÊ3r

nfsdrunningÔ ¾(
L
$019ca87c-e672-7ac6-9891-37d0f25b8193"disk-monitor(òÌóÃÊ3Z2	
sde"
L
$019ca87c-e6b1-7b44-a789-773cb42c4eaf"disk-monitor(±ÍóÃÊ3Z2	
sda"
]
$019ca87c-e723-7688-8392-a9f32759b3e1"net(£ÎóÃÊ3b%#
	10.0.0.2210.0.0.1³Ë *tcp0
L
$019ca87c-e729-794d-874b-8ef9851f74a9"disk-monitor(©ÎóÃÊ3Z2	
sda&
t
$019ca87c-e750-7225-bb49-417504c6f193"auth(ĞÎóÃÊ32

session_idsess-596j#
!
alicepassword192.168.1.17 
t
$019ca87c-e799-7130-96fa-a7e5f7424e83"auth(™ÏóÃÊ32

session_idsess-596j#
!
alicepassword192.168.1.31 
\
$019ca87c-e7f5-72a0-9e45-a693a205a2e8"net(õÏóÃÊ3b$"
10.0.0.910.0.0.1Á» *tcp0
Y
$019ca87c-e828-7589-a669-1676d88a6c2a"svc-monitor(¨ĞóÃÊ3r

sshdrunning¢3 ¿(
]
$019ca87c-e848-7388-ab02-d7adee617e5e"net(ÈĞóÃÊ3b%#
	10.0.0.3110.0.0.1»½ ½*tcp0
]
$019ca87c-e876-7ff5-9c43-03548d123aee"net(öĞóÃÊ3b%#
	10.0.0.4110.0.0.1â¶ *tcp0
_
$019ca87c-e8a2-7916-98cf-eee99dcf9fbd"net(¢ÑóÃÊ3b'%
192.168.1.1610.0.0.1§Ÿ *tcp0
s
$019ca87c-e8bf-7e6f-8024-363810a77e51"auth(¿ÑóÃÊ32

session_idsess-597j"
 
davepassword192.168.1.15 
`
$019ca87c-e8dc-763f-8260-f678282f2968"svc-monitor(ÜÑóÃÊ3r 

rodent-syncrunningú; ¿(
L
$019ca87c-e8e5-729c-938b-8f7fb69c9064"disk-monitor(åÑóÃÊ3Z2	
sdb'
L
$019ca87c-e922-7c5d-9915-84329784dfd0"disk-monitor(¢ÒóÃÊ3Z2	
sdd
]
$019ca87c-e96c-72b5-949d-fa56c3d0e885"net(ìÒóÃÊ3b%#
	10.0.0.2710.0.0.1ªß *tcp0
Y
$019ca87c-e9c9-73fa-a486-fe9675f1c10d"svc-monitor(ÉÓóÃÊ3r

sshdrunning¢3 À(
s
$019ca87c-ea3f-74ac-814a-400c48d04d10"zfs-auto-snap(¿ÔóÃÊ3Z1"/
tank/home@auto-01259	tank/home„îÍ À«Ñ¼(
m
$019ca87c-eab6-7413-b050-dbebcdabeaef"zfs-auto-snap(¶ÕóÃÊ3Z+")
tank/home@auto-01240	tank/home„îÍ(
u
$019ca87c-eb2f-7d22-9b00-1877a52c95df"zfs-auto-snap(¯ÖóÃÊ3Z3"1
tank/media@auto-01260
tank/media„îÍ €ƒú(
o
$019ca87c-eb48-7269-a377-e88900727434"zfs-auto-snap(ÈÖóÃÊ3Z-"+
tank/media@auto-01254
tank/media„îÍ(
X
$019ca87c-eb4d-7a96-b7a4-85c264c50b4b"svc-monitor(ÍÖóÃÊ3r

zedrunning­0 À(
Z
$019ca87c-eb61-7c7e-baf2-279f42b78737"svc-monitor(áÖóÃÊ3r

smbdrunning›Á À(
Y
$019ca87c-eb7a-7291-8cdb-692b37cac268"svc-monitor(úÖóÃÊ3r

nfsdrunningÔ Á(
u
$019ca87c-eb9b-7fc3-b5ad-4f08b86598c5"zfs-auto-snap(›×óÃÊ3Z3"1
tank/media@auto-01261
tank/media„îÍ €øŞÄ(
o
$019ca87c-ec16-723c-bf4b-6b09e1a66325"zfs-auto-snap(–ØóÃÊ3Z-"+
tank/media@auto-01255
tank/media…îÍ(
L
$019ca87c-ec63-77d5-9d1f-d01683197a4a"disk-monitor(ãØóÃÊ3Z2	
sde$
s
$019ca87c-eca8-70fc-90f7-053b6a5d668e"auth(¨ÙóÃÊ32

session_idsess-597j"
 
davepassword192.168.1.21 
_
$019ca87c-ecee-7d91-8835-4e50fa1319bd"net(îÙóÃÊ3b'%
192.168.1.5610.0.0.1ÀÈ *tcp0
L
$019ca87c-ed57-7e42-ad46-51384a4219c3"disk-monitor(×ÚóÃÊ3Z2	
sda#
]
$019ca87c-edb0-7c41-b645-d148bf6c0e16"net(°ÛóÃÊ3b%#
	10.0.0.3510.0.0.1Ùè *tcp0
L
$019ca87c-edd9-7aef-a441-c53d3a231db9"disk-monitor(ÙÛóÃÊ3Z2	
sda$
]
$019ca87c-edee-7641-86c9-0c8246722279"net(îÛóÃÊ3b%#
	10.0.0.2610.0.0.1ôÅ *tcp0
L
$019ca87c-ee21-7953-98dc-f80aa34c344d"disk-monitor(¡ÜóÃÊ3Z2	
sda
s
$019ca87c-ee39-7d3a-b8c2-7d5f9f1fcccc"auth(¹ÜóÃÊ32

session_idsess-598j"
 
davepassword192.168.1.50 
Y
$019ca87c-ee73-7abd-8e90-63ecdaf5c762"svc-monitor(óÜóÃÊ3r

nfsdrunningÔ Â(
Y
$019ca87c-ee7d-71bc-a3df-0faa7e14ae57"svc-monitor(ıÜóÃÊ3r

sshdrunning¢3 Â(
Z
$019ca87c-eeea-7f36-8c1a-61b35d04d7c4"svc-monitor(êİóÃÊ3r

smbdrunning›Á Â(
Z
$019ca87c-ef09-7531-b51c-218a315c1459"svc-monitor(‰ŞóÃÊ3r

smbdrunning›Á Â(
]
$019ca87c-ef68-7f56-84f6-02fd66888b1e"net(èŞóÃÊ3b%#
	10.0.0.2510.0.0.1ƒä ½*tcp0
\
$019ca87c-ef96-7fd9-b01f-8eaa933302c3"net(–ßóÃÊ3b$"
10.0.0.910.0.0.1ùº *tcp0
u
$019ca87c-efb6-7ad6-b7a3-f0904a18bbe4"zfs-auto-snap(¶ßóÃÊ3Z3"1
tank/media@auto-01262
tank/media†îÍ €«±§(
o
$019ca87c-efc1-7db2-8f11-26506e921a98"zfs-auto-snap(ÁßóÃÊ3Z-"+
tank/media@auto-01257
tank/media†îÍ(
X
$019ca87c-f00a-7910-a132-5711091a1947"svc-monitor(ŠàóÃÊ3r

zedrunning­0 Ã(
L
$019ca87c-f06a-7dfe-8f2c-4b1326a9918f"disk-monitor(êàóÃÊ3Z2	
sde'
s
$019ca87c-f0db-79dc-8e7c-7fbe873f6179"zfs-auto-snap(ÛáóÃÊ3Z1"/
tank/home@auto-01263	tank/home†îÍ À£êƒ(
m
$019ca87c-f14b-7e2d-851f-3a137932ce50"zfs-auto-snap(ËâóÃÊ3Z+")
tank/home@auto-01242	tank/home†îÍ(
]
$019ca87c-f1bf-72fe-87ec-b6c0d482f7cc"net(¿ãóÃÊ3b%#
	10.0.0.4110.0.0.1è *tcp0
}
$019ca87c-f20c-734f-8058-da1c3e1a44e7"zfs-auto-snap(ŒäóÃÊ3Z;"9
backup/archive@auto-01264backup/archive†îÍ Àëû´	(
w
$019ca87c-f23b-78a6-b169-8477bb7a4d63"zfs-auto-snap(»äóÃÊ3Z5"3
backup/archive@auto-01248backup/archive†îÍ(
Y
$019ca87c-f25a-7569-9c11-8b9a80df3a98"svc-monitor(ÚäóÃÊ3r

sshdrunning¢3 Ã(
Y
$019ca87c-f2a5-79a1-acb1-a171d8bd6981"svc-monitor(¥åóÃÊ3r

nfsdrunningÔ Ã(
Y
$019ca87c-f2ba-7acd-9348-21997c260b18"svc-monitor(ºåóÃÊ3r

sshdrunning¢3 Ã(
L
$019ca87c-f2c0-74d9-8ffe-07aca336a137"disk-monitor(ÀåóÃÊ3Z2	
sdd'
L
$019ca87c-f2c5-7b3e-81c8-73d8f8ee48b3"disk-monitor(ÅåóÃÊ3Z2	
sde!
L
$019ca87c-f31f-79f9-b817-9d89cfb1be9d"disk-monitor(ŸæóÃÊ3Z2	
sdb'
\
$019ca87c-f330-7af3-9fee-2e41c711bf93"net(°æóÃÊ3b$"
10.0.0.710.0.0.1ÑÈ *tcp0
Y
$019ca87c-f384-7fbb-9453-b160a7839e4b"svc-monitor(„çóÃÊ3r

nfsdrunningÔ Ä(
]
$019ca87c-f3f0-7e3e-aed1-07e756549f6a"net(ğçóÃÊ3b%#
	10.0.0.1710.0.0.1‘ ½*tcp0
Y
$019ca87c-f410-71bf-ae21-49bd9cf9c104"svc-monitor(èóÃÊ3r

sshdrunning¢3 Ä(
s
$019ca87c-f431-7553-ac7b-4dfbedbd174f"auth(±èóÃÊ32

session_idsess-599j"
 
davepassword192.168.1.35 
]
$019ca87c-f48a-77f2-8461-e3b81086118e"net(ŠéóÃÊ3b%#
	10.0.0.4010.0.0.1ÒË *tcp0
X
$019ca87c-f4c7-7cdd-9e4e-6cae1d506367"svc-monitor(ÇéóÃÊ3r

zedrunning­0 Ä(
Y
$019ca87c-f4fc-7252-8bf4-43b2c567945b"svc-monitor(üéóÃÊ3r

nfsdrunningÔ Å(
]
$019ca87c-f531-73b2-a412-5f15651c885d"net(±êóÃÊ3b%#
	10.0.0.1210.0.0.1™ì ½*tcp0
`
$019ca87c-f58c-72b1-9a5e-30d58505e0e7"svc-monitor(ŒëóÃÊ3r 

rodent-syncrunningú; Å(
Z
$019ca87c-f5e2-7e83-9949-3c4c0841d361"svc-monitor(âëóÃÊ3r

smbdrunning›Á Å(
]
$019ca87c-f633-7f68-ba4a-249edeaf868b"net(³ìóÃÊ3b%#
	10.0.0.3210.0.0.1¡É *tcp0
s
$019ca87c-f64f-78ca-b8c4-bd3e2b07c171"zfs-auto-snap(ÏìóÃÊ3Z1"/
tank/home@auto-01265	tank/home‡îÍ ÀâÂİ(
m
$019ca87c-f682-7d45-a05a-97d3294690ff"zfs-auto-snap(‚íóÃÊ3Z+")
tank/home@auto-01246	tank/home‡îÍ(
X
$019ca87c-f6c0-7648-bef5-8e8dd8ff253d"svc-monitor(ÀíóÃÊ3r

zedrunning­0 Å(
`
$019ca87c-f6fa-70ca-9f6a-06a6152b8f33"svc-monitor(úíóÃÊ3r 

rodent-syncrunningú; Å(
L
$019ca87c-f74c-74f2-ac90-9f6473b4190f"disk-monitor(ÌîóÃÊ3Z2	
sda&
t
$019ca87c-f7b0-77fd-8bf0-b7f5fb325323"auth(°ïóÃÊ32

session_idsess-600j#
!
alicepassword192.168.1.38 
L
$019ca87c-f816-7c7d-9939-9565a08a9ab9"disk-monitor(–ğóÃÊ3Z2	
sdb"
]
$019ca87c-f824-7aca-a9c8-c3188feafcbb"net(¤ğóÃÊ3b%#
	10.0.0.2710.0.0.1÷ *tcp0
s
$019ca87c-f84c-77dd-b770-b22ed620ea7b"auth(ÌğóÃÊ32

session_idsess-598j"
 
davepassword192.168.1.41 
L
$019ca87c-f8c1-7ede-a17c-09fe29c75a01"disk-monitor(ÁñóÃÊ3Z2	
sdb 
L
$019ca87c-f8d9-70ff-a1d2-9501a94b3c18"disk-monitor(ÙñóÃÊ3Z2	
sdb
L
$019ca87c-f912-7477-934b-816a0ae1ed34"disk-monitor(’òóÃÊ3Z2	
sdb%
]
$019ca87c-f942-7527-aa80-8daa4dd561b0"net(ÂòóÃÊ3b%#
	10.0.0.1510.0.0.1â† ½*tcp0
X
$019ca87c-f9a7-7ccd-9bc3-fa694a954084"svc-monitor(§óóÃÊ3r

zedrunning­0 Æ(
Z
$019ca87c-fa08-7a92-bb6f-18b458d748b6"svc-monitor(ˆôóÃÊ3r

smbdrunning›Á Æ(
]
$019ca87c-fa13-7077-9c04-2cf4c56bdce4"net(“ôóÃÊ3b%#
	10.0.0.2110.0.0.1ÛÆ *tcp0
L
$019ca87c-fa58-75a4-91ad-e399c105dad1"disk-monitor(ØôóÃÊ3Z2	
sda%
L
$019ca87c-fa8f-7e1b-9c0e-1100de0deb81"disk-monitor(õóÃÊ3Z2	
sde%
L
$019ca87c-fafc-756e-bb98-686b4590f192"disk-monitor(üõóÃÊ3Z2	
sde"
Y
$019ca87c-fb5c-73ce-a15d-ae3caba2fc3f"svc-monitor(ÜöóÃÊ3r

nfsdrunningÔ Ç(
L
$019ca87c-fbcf-7d67-9d9b-7a7cf3ca1383"disk-monitor(Ï÷óÃÊ3Z2	
sdb 
X
$019ca87c-fc0c-796d-a062-779a6754082e"svc-monitor(ŒøóÃÊ3r

zedrunning­0 Ç(
L
$019ca87c-fc17-798e-a0df-7a2a6e0c8e88"disk-monitor(—øóÃÊ3Z2	
sda%
L
$019ca87c-fc36-7b08-92b1-5eb113423575"disk-monitor(¶øóÃÊ3Z2	
sda"
X
$019ca87c-fc54-7329-a457-49b01c788402"svc-monitor(ÔøóÃÊ3r

zedrunning­0 Ç(
Y
$019ca87c-fc8c-7065-804c-a380496eb634"svc-monitor(ŒùóÃÊ3r

nfsdrunningÔ È(
Z
$019ca87c-fc9a-7663-a91f-6eb8cf1da7e5"svc-monitor(šùóÃÊ3r

smbdrunning›Á È(
L
$019ca87c-fce6-7441-9ddd-c231d8b91d80"disk-monitor(æùóÃÊ3Z2	
sda&
]
$019ca87c-fd55-7cd7-8851-9c6ee37b6a26"net(ÕúóÃÊ3b%#
	10.0.0.1110.0.0.1«û ½*tcp0
]
$019ca87c-fd65-7a36-b69d-4b4d742cb946"net(åúóÃÊ3b%#
	10.0.0.1210.0.0.1Ï® ½*tcp0
]
$019ca87c-fdac-77b5-a65e-22eb197ca322"net(¬ûóÃÊ3b%#
	10.0.0.3710.0.0.1æò ½*tcp0
]
$019ca87c-fdb8-75cc-bdf8-99951c3a76bf"net(¸ûóÃÊ3b%#
	10.0.0.3710.0.0.1™½ ½*tcp0
]
$019ca87c-fdc2-7e09-a966-38727b234b26"net(ÂûóÃÊ3b%#
	10.0.0.1610.0.0.1æ ½*tcp0
L
$019ca87c-fe16-7b5d-a5f5-0119cf50c102"disk-monitor(–üóÃÊ3Z2	
sda
L
$019ca87c-fe47-7c38-8723-c7fd24948fa8"disk-monitor(ÇüóÃÊ3Z2	
sdd
s
$019ca87c-fe9f-79d9-97ca-22ec984b0d30"auth(ŸıóÃÊ32

session_idsess-599j"
 
davepassword192.168.1.39 
u
$019ca87c-febf-71db-b431-10520db75df5"zfs-auto-snap(¿ıóÃÊ3Z3"1
tank/media@auto-01266
tank/media‰îÍ €—ÆÊ(
o
$019ca87c-fee4-74d0-bbb9-e6d94ffab854"zfs-auto-snap(äıóÃÊ3Z-"+
tank/media@auto-01258
tank/media‰îÍ(
\
$019ca87c-ff5e-7f75-ac73-df3cc55971a0"net(ŞşóÃÊ3b$"
10.0.0.210.0.0.1›¥ ½*tcp0
L
$019ca87c-ff66-733e-afdd-9588938d9ad6"disk-monitor(æşóÃÊ3Z2	
sdb&
`
$019ca87c-ffce-7e73-a261-61fd42804d66"svc-monitor(ÎÿóÃÊ3r 

rodent-syncrunningú; É(
]
$019ca87d-0008-71d7-a89b-78136630f278"net(ˆ€ôÃÊ3b%#
	10.0.0.1410.0.0.1Í÷ ½*tcp0
L
$019ca87d-0026-7211-8c12-0426b60b4d00"disk-monitor(¦€ôÃÊ3Z2	
sdb"
Y
$019ca87d-005e-7821-be18-99504c2632ad"svc-monitor(Ş€ôÃÊ3r

sshdrunning¢3 É(
t
$019ca87d-009f-7837-8551-5cd0f4fdbbe9"auth(ŸôÃÊ32

session_idsess-600j#
!
alicepassword192.168.1.13 
t
$019ca87d-00b5-7e92-8487-5685c25324a6"auth(µôÃÊ32

session_idsess-601j#
!
alicepassword192.168.1.42 
`
$019ca87d-00d6-70d5-8619-e48cf77fff38"svc-monitor(ÖôÃÊ3r 

rodent-syncrunningú; Ê(
Y
$019ca87d-0131-75e0-9a03-30de74f49d0d"svc-monitor(±‚ôÃÊ3r

sshdrunning¢3 Ê(
`
$019ca87d-016a-7c00-b8e9-da8ead6f7d1e"svc-monitor(ê‚ôÃÊ3r 

rodent-syncrunningú; Ê(
]
$019ca87d-019e-7619-8d87-e830434e9218"net(ƒôÃÊ3b%#
	10.0.0.1010.0.0.1–Î ½*tcp0
L
$019ca87d-01db-738e-b70b-5a92e6b604ce"disk-monitor(ÛƒôÃÊ3Z2	
sde
L
$019ca87d-0232-7267-9d1e-5be19c497f50"disk-monitor(²„ôÃÊ3Z2	
sdd!
`
$019ca87d-0276-74b9-b531-5b64823dc14b"svc-monitor(ö„ôÃÊ3r 

rodent-syncrunningú; Ê(
]
$019ca87d-0280-7f7c-ad1c-11cffa75eec0"net(€…ôÃÊ3b%#
	10.0.0.3810.0.0.1ı€ *tcp0
]
$019ca87d-02fa-7a90-bc58-dba2d017710d"net(ú…ôÃÊ3b%#
	10.0.0.2810.0.0.1ï— ½*tcp0
Y
$019ca87d-032d-71ba-b348-570851a2b1e0"svc-monitor(­†ôÃÊ3r

nfsdrunningÔ Ë(
s
$019ca87d-0390-7d22-bca9-dc097376363c"auth(‡ôÃÊ32

session_idsess-602j"
 
davepassword192.168.1.55 
L
$019ca87d-03e5-77f4-ad1f-a086a024e66a"disk-monitor(å‡ôÃÊ3Z2	
sde"
L
$019ca87d-044a-705b-a8de-2d559531ea67"disk-monitor(ÊˆôÃÊ3Z2	
sdb%
L
$019ca87d-0491-758c-a7a6-d10b29b4873a"disk-monitor(‘‰ôÃÊ3Z2	
sda#
`
$019ca87d-04ff-72e3-a591-c474b46b1c22"svc-monitor(ÿ‰ôÃÊ3r 

rodent-syncrunningú; Ë(
Y
$019ca87d-0516-7d31-9313-d0c45e851415"svc-monitor(–ŠôÃÊ3r

sshdrunning¢3 Ë(
L
$019ca87d-0591-728a-b1a9-0bde9f15b039"disk-monitor(‘‹ôÃÊ3Z2	
sdd 
`
$019ca87d-0599-7832-9096-d4bf817ab75a"svc-monitor(™‹ôÃÊ3r 

rodent-syncrunningú; Ë(
]
$019ca87d-05d5-734a-b72d-d97bc70125ee"net(Õ‹ôÃÊ3b%#
	10.0.0.1410.0.0.1úÛ ½*tcp0
t
$019ca87d-062b-7c83-b833-95d95409619f"auth(«ŒôÃÊ32

session_idsess-601j#
!
alicepassword192.168.1.15 
s
$019ca87d-064f-78c3-80ca-f1e6ba220357"auth(ÏŒôÃÊ32

session_idsess-602j"
 
davepassword192.168.1.30 
_
$019ca87d-066e-7bdd-9cc4-e3a561124c51"net(îŒôÃÊ3b'%
192.168.1.4410.0.0.1Êÿ *tcp0
L
$019ca87d-0685-7ede-a18c-76339be57418"disk-monitor(…ôÃÊ3Z2	
sde'
Y
$019ca87d-06fc-79cb-b04b-dae60434e647"svc-monitor(üôÃÊ3r

sshdrunning¢3 Ì(
L
$019ca87d-0749-721c-bb1b-7de475a83418"disk-monitor(ÉôÃÊ3Z2	
sda%
X
$019ca87d-076b-789c-92e9-ebcae95c6b5f"svc-monitor(ëôÃÊ3r

zedrunning­0 Ì(
X
$019ca87d-07a6-71d6-9e6b-dba5c1e37e75"svc-monitor(¦ôÃÊ3r

zedrunning­0 Ì(
`
$019ca87d-07db-7bb0-9830-f013e5b73430"svc-monitor(ÛôÃÊ3r 

rodent-syncrunningú; Ì(
X
$019ca87d-0821-7b0b-b060-48ab7aef4634"svc-monitor(¡ôÃÊ3r

zedrunning­0 Ì(
]
$019ca87d-086a-75b1-a9f3-598a32848975"net(êôÃÊ3b%#
	10.0.0.1010.0.0.1“º ½*tcp0
L
$019ca87d-0872-7386-9ba8-4498856307fe"disk-monitor(òôÃÊ3Z2	
sda 
Y
$019ca87d-08d7-7724-beee-b6e2f1a844c7"svc-monitor(×‘ôÃÊ3r

sshdrunning¢3 Í(
Y
$019ca87d-08fe-72d7-9d5b-7668b100c379"svc-monitor(ş‘ôÃÊ3r

sshdrunning¢3 Í(
L
$019ca87d-0939-7270-97c6-caa8f54f9bb8"disk-monitor(¹’ôÃÊ3Z2	
sda&
Y
$019ca87d-0979-7b03-97df-0184855989be"svc-monitor(ù’ôÃÊ3r

nfsdrunningÔ Í(
`
$019ca87d-099a-7300-ba26-a0be34611a8c"svc-monitor(š“ôÃÊ3r 

rodent-syncrunningú; Í(
L
$019ca87d-09ed-7f0b-aa7d-1da9d62e97dd"disk-monitor(í“ôÃÊ3Z2	
sda'
`
$019ca87d-0a00-7488-b766-cc1b735bf2ed"svc-monitor(€”ôÃÊ3r 

rodent-syncrunningú; Í(
r
$019ca87d-0a48-7b73-8193-75e9eb74f34f"auth(È”ôÃÊ32

session_idsess-603j!

bobpassword192.168.1.50 
`
$019ca87d-0a69-79dc-833d-1365749650dc"svc-monitor(é”ôÃÊ3r 

rodent-syncrunningú; Î(
Y
$019ca87d-0ac2-7e29-a779-19a15e645ba0"svc-monitor(Â•ôÃÊ3r

sshdrunning¢3 Î(
]
$019ca87d-0afe-719c-bf43-fcd11716287e"net(ş•ôÃÊ3b%#
	10.0.0.3610.0.0.1°µ ½*tcp0
X
$019ca87d-0b79-7ad5-b3a9-27ac9c31cc8a"svc-monitor(ù–ôÃÊ3r

zedrunning­0 Î(
r
$019ca87d-0be6-7772-a53c-d54ce7a64eb8"auth(æ—ôÃÊ32

session_idsess-603j!

bobpassword192.168.1.20 
]
$019ca87d-0bf4-7a87-a101-340c9234a4c4"net(ô—ôÃÊ3b%#
	10.0.0.1510.0.0.1ÍÃ *tcp0
\
$019ca87d-0c3d-78bc-a3dc-ab9c420beb20"net(½˜ôÃÊ3b$"
10.0.0.210.0.0.1¶È ½*tcp0
]
$019ca87d-0c9e-7617-9487-0bfc73b8f3df"net(™ôÃÊ3b%#
	10.0.0.3610.0.0.1ò¿ ½*tcp0
L
$019ca87d-0d0b-74a5-856a-08dbc71a547d"disk-monitor(‹šôÃÊ3Z2	
sda'
_
$019ca87d-0d5f-7117-9d17-dc98796053e4"net(ßšôÃÊ3b'%
192.168.1.1510.0.0.1“¾ *tcp0
t
$019ca87d-0da0-784c-8b5c-7ec71ebf7415"auth( ›ôÃÊ32

session_idsess-604j#
!
carolpassword192.168.1.27 
]
$019ca87d-0dee-7ea4-b9cf-29b70ff29e47"net(î›ôÃÊ3b%#
	10.0.0.3910.0.0.1†¨ ½*tcp0
]
$019ca87d-0dfa-773b-8f15-1a9ebcbc5c5a"net(ú›ôÃÊ3b%#
	10.0.0.1710.0.0.1‰ô ½*tcp0
]
$019ca87d-0e62-7d65-957f-52e21d3c72c0"net(âœôÃÊ3b%#
	10.0.0.2010.0.0.1¡” ½*tcp0
L
$019ca87d-0eab-7704-bddc-1704590e34e6"disk-monitor(«ôÃÊ3Z2	
sda#
Z
$019ca87d-0ecd-797d-a74b-b6ca2b692c95"svc-monitor(ÍôÃÊ3r

smbdrunning›Á Ï(
\
$019ca87d-0f26-783b-847f-284c8ea2d4b5"net(¦ôÃÊ3b$"
10.0.0.210.0.0.1ãÈ *tcp0
]
$019ca87d-0f83-7391-9e07-dbe0f0418bf1"net(ƒŸôÃÊ3b%#
	10.0.0.2210.0.0.1¾ ½*tcp0
]
$019ca87d-0faf-731d-85ea-e5d929340b04"net(¯ŸôÃÊ3b%#
	10.0.0.3310.0.0.1¶  ½*tcp0
]
$019ca87d-0fff-7ae3-84ee-c32d282725c5"net(ÿŸôÃÊ3b%#
	10.0.0.3710.0.0.1¤¢ ½*tcp0ÿŸôÃÊ3$019ca87b-0881-7af1-8b57-8fa65d38a8b1